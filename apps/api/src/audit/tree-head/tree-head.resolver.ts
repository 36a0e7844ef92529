import { Args, Query, Resolver } from '@nestjs/graphql';
import { InvalidInputError, NotFoundError } from '@saferplan/domain';
import type { SignedTreeHead } from '@saferplan/event-store';
import { EventProofObject, TreeHeadObject } from './tree-head.objects';
import { TreeHeadService } from '../../common/tree-head.service';

/** Auditors' queries over the signed Merkle log: its head and any event's inclusion proof. */
@Resolver()
export class TreeHeadResolver {
  constructor(private readonly heads: TreeHeadService) {}

  @Query(() => TreeHeadObject, { description: 'The latest signed head of the Merkle log over every event' })
  async treeHead(): Promise<TreeHeadObject> {
    return this.object(await this.heads.treeHead());
  }

  @Query(() => EventProofObject, { description: 'Inclusion proof of the event at a global position against the latest signed head' })
  async eventProof(@Args('position', { type: () => String, description: 'Global position of the event' }) position: string): Promise<EventProofObject> {
    if (!/^\d{1,16}$/.test(position) || !Number.isSafeInteger(Number(position)) || Number(position) < 1) {
      throw new InvalidInputError('position', 'position must be the global position of an event (a whole number from 1)');
    }
    const found = await this.heads.eventProof(Number(position));
    if (!found) throw new NotFoundError('Event', position);
    const { head, inclusion } = found;
    return { position, leafIndex: inclusion.leafIndex, leafHash: inclusion.leafHash, proof: inclusion.proof, treeHead: this.object(head) };
  }

  private object(head: SignedTreeHead): TreeHeadObject {
    return { ...head, signedFrom: head.signedFrom === undefined ? null : String(head.signedFrom), publicKey: this.heads.publicKey };
  }
}
