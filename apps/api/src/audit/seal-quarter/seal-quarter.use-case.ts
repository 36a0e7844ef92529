import { adminOnly } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { sealQuarter, type SealedQuarter } from './seal-quarter.command';
import { SealQuarterInput } from './seal-quarter.input';
import { SealQuarterResolver } from './seal-quarter.resolver';

export const sealQuarterUseCase = defineUseCase<SealQuarterInput, SealedQuarter, 'sealQuarter'>({
  mutation: 'sealQuarter',
  input: SealQuarterInput,
  access: adminOnly,
  resolver: SealQuarterResolver,
  run: sealQuarter,
  recordId: ({ seal }) => seal.quarter,
});
