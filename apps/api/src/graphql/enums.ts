import { registerEnumType } from '@nestjs/graphql';
import { PARTNERSHIP_KINDS, RAGS } from '@saferplan/domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const PartnershipKindEnum = asEnum(PARTNERSHIP_KINDS);
export const RagEnum = asEnum(RAGS);
export const ActionStatusEnum = asEnum([
  'NOT_STARTED',
  'ON_TRACK',
  'AT_RISK',
  'OFF_TRACK',
  'COMPLETED',
  'CANCELLED',
] as const);
export const MilestoneStatusEnum = asEnum(['PENDING', 'REACHED', 'OVERDUE'] as const);

registerEnumType(PartnershipKindEnum, { name: 'PartnershipKind' });
registerEnumType(RagEnum, { name: 'Rag', description: 'GREEN = on track, AMBER = at risk, RED = off track' });
registerEnumType(ActionStatusEnum, { name: 'ActionStatus' });
registerEnumType(MilestoneStatusEnum, { name: 'MilestoneStatus' });
