import { DONE_COLOURS, NO_RAG_COLOURS, RAG_PALETTE } from '@saferplan/domain/shared/rag-palette';
import type { ActionStatus } from '@saferplan/projections';

/** The pack's RAG colours are the dashboard's: one palette in the domain (rag-palette.ts). */
export const RAG_COLOURS = RAG_PALETTE;

/** The summary's status bars, in the order the HTML and PDF packs draw them. */
export const STATUS_BARS = [
  ['completed', 'Completed', DONE_COLOURS],
  ['onTrack', 'On track', RAG_COLOURS.GREEN],
  ['atRisk', 'At risk', RAG_COLOURS.AMBER],
  ['offTrack', 'Off track', RAG_COLOURS.RED],
  ['notStarted', 'Not started', NO_RAG_COLOURS],
] as const;

export const STATUS_LABELS: Record<ActionStatus, string> = {
  NOT_STARTED: 'Not started',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

export const EXCEPTION_LABELS = {
  OFF_TRACK: 'Off track',
  OVERDUE_MILESTONE: 'Overdue milestone',
  MISSING_UPDATE: 'Missing update',
} as const;

export const PROGRESS_COLUMNS = [
  ['actions', 'Actions'],
  ['completed', 'Completed'],
  ['onTrack', 'On track'],
  ['atRisk', 'At risk'],
  ['offTrack', 'Off track'],
  ['notStarted', 'Not started'],
  ['milestones', 'Milestones'],
  ['milestonesReached', 'Reached'],
  ['milestonesOverdue', 'Overdue'],
] as const;

/** Percent with at most one decimal, as boards read it. */
export const percent = (value: number): string => `${Math.round(value * 10) / 10}%`;

export const pounds = (value: number): string =>
  `£${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export function subtitleOf(pack: { quarter: string; asOf: string | null; asOfDate: string }): string {
  return pack.asOf ? `${pack.quarter}, as recorded at ${pack.asOf}` : `${pack.quarter}, as recorded on ${pack.asOfDate}`;
}
