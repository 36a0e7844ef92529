import type { ArgsOptions } from '@nestjs/graphql';
import { DateTimeScalar } from './scalars';

/** The optional `asOf` argument every plan-state query takes. */
export const asOfArg: ArgsOptions = {
  type: () => DateTimeScalar,
  nullable: true,
  description: 'Answer exactly as recorded at this moment (omit for now)',
};
