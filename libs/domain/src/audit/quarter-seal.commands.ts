import type { DomainCommand } from '../shared/event';

/** The root and counts are computed from the log by the caller (I/O); the decider checks the rules. */
export type SealQuarter = DomainCommand<
  'SealQuarter',
  {
    financialYear: string;
    quarter: string;
    merkleRoot: string;
    shortRoot: string;
    streamCount: number;
    eventCount: number;
    throughPosition: number;
  }
>;

export type QuarterSealCommand = SealQuarter;
