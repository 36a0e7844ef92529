import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandWriter } from '../../common/command-writer';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { QuarterSealObject } from '../audit.objects';
import { toSealObject } from '../seal-object';
import { sealQuarter } from './seal-quarter.command';
import { SealQuarterInput } from './seal-quarter.input';
import { TreeHeadService } from '../../common/tree-head.service';

@Resolver()
export class SealQuarterResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly treeHeads: TreeHeadService,
  ) {}

  @Mutation(() => QuarterSealObject, { description: 'Seals the quarter: records a Merkle root over every stream head; a quarter is sealed once' })
  async sealQuarter(@Args('input') input: SealQuarterInput, @Context() context: GraphQLContext): Promise<QuarterSealObject> {
    // A seal must never cover an event the server did not write: refused before anything is recorded.
    await this.treeHeads.assertUntampered();
    const result = await sealQuarter(this.writer, input, commandOptions(input, context));
    // A signed head covering the seal itself: deleting or rewriting the seal later shows against it.
    await this.treeHeads.signNow();
    return toSealObject(result.seal, result.sealedBy);
  }
}
