import type { ArgsOptions } from '@nestjs/graphql';
import { DateTimeScalar } from './scalars';

/** The optional `asOf` argument every plan-state query takes. */
export const asOfArg: ArgsOptions = {
  type: () => DateTimeScalar,
  nullable: true,
  description: 'Answer exactly as recorded at this moment (omit for now)',
};

/**
 * The optional `quarter` argument of the progress queries: what the figures report on, kept
 * apart from `asOf` (when they were recorded). With it every action counts as it stood at the
 * quarter's end (its update for that quarter, the milestones due by then).
 */
export const quarterArg: ArgsOptions = {
  type: () => String,
  nullable: true,
  description: 'Figures as at the end of this quarter, e.g. "2017/18 Q2" (omit for the current figures)',
};
