import type { QuarterSealed } from '@saferplan/domain/audit/quarter-seal.events';
import { findSeal } from '@saferplan/event-store/audit/audit-checks';
import type { EventStore, RecordedEvent } from '@saferplan/event-store/event-store.port';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import type { PlanQueries } from '../views';
import { streamsOfPartnerships } from './partnership-as-of';

/**
 * What a quarter's seal closed: the log through its position. A board pack for a sealed quarter
 * is folded from exactly those events, and anything about the quarter recorded later is shown
 * apart as "changed since the seal" and flagged afterSeal wherever the record is listed.
 */
export interface SealMark {
  quarter: string;
  /** Global position of the last event the seal covers. */
  throughPosition: number;
  /** When the seal was recorded (ISO). */
  recordedAt: string;
}

const QUARTERLY_UPDATE_TYPES = new Set(['QuarterlyUpdateRecorded', 'QuarterlyUpdateCorrected']);

/** Seals by quarter ("2017/18 Q2"). */
export type QuarterSeals = ReadonlyMap<string, SealMark>;

export function sealMarkOf(seal: RecordedEvent<QuarterSealed['data']>): SealMark {
  return { quarter: seal.data.quarter, throughPosition: Number(seal.data.throughPosition), recordedAt: seal.metadata.recordedAt };
}

/**
 * The seals of these quarters, each read from its own seal stream as verifySeal reads it
 * (findSeal): a read of one short stream per quarter on every store, where filtering the global
 * log by type would scan all of it on KurrentDB.
 */
export async function readQuarterSeals(store: EventStore, quarters: Iterable<string>): Promise<QuarterSeals> {
  const seals = new Map<string, SealMark>();
  for (const quarter of new Set(quarters)) {
    const seal = await findSeal(store, quarter);
    if (seal) seals.set(quarter, sealMarkOf(seal));
  }
  return seals;
}

/** The quarters a list of events reports on (their quarterly updates), to look their seals up. */
export function quartersReportedIn(events: readonly RecordedEvent[]): string[] {
  const quarters = new Set<string>();
  for (const event of events) {
    const quarter = QUARTERLY_UPDATE_TYPES.has(event.type) ? (event.data as { quarter?: unknown }).quarter : undefined;
    if (typeof quarter === 'string') quarters.add(quarter);
  }
  return [...quarters];
}

/**
 * True for something recorded about a sealed quarter that its seal does not cover. Events carry
 * their position, which decides; a read-model version of an update carries only its recorded
 * time, so it counts as after the seal when recorded after the seal was (the API's clock writes
 * both, so the two agree for everything recorded through it).
 */
export function isAfterSeal(seals: QuarterSeals, quarter: string, recorded: { position?: number; recordedAt: string }): boolean {
  const seal = seals.get(quarter);
  if (!seal) return false;
  if (recorded.position !== undefined) return recorded.position > seal.throughPosition;
  return Date.parse(recorded.recordedAt) > Date.parse(seal.recordedAt);
}

/** A quarterly update or correction recorded after its quarter was sealed; false for every other event. */
export function isEventAfterSeal(seals: QuarterSeals, event: RecordedEvent): boolean {
  if (!QUARTERLY_UPDATE_TYPES.has(event.type)) return false;
  const quarter = (event.data as { quarter?: unknown }).quarter;
  return typeof quarter === 'string' && isAfterSeal(seals, quarter, { position: event.position, recordedAt: event.metadata.recordedAt });
}

/**
 * The read model as the seal closed it: every event through its position, or, given the live
 * model and some partnerships, only those partnerships' streams (as readModelAsOfPartnerships).
 */
export async function readModelAtSeal(
  store: EventStore,
  seal: SealMark,
  scope?: { live: PlanQueries; partnershipIds: readonly string[] },
  pageSize = 1000,
): Promise<PlanReadModel> {
  const model = new PlanReadModel();
  if (scope) {
    const events = await store.readAll({ filter: { streamIds: streamsOfPartnerships(scope.live, scope.partnershipIds) } });
    for (const event of events) if (event.position <= seal.throughPosition) model.apply(event);
    return model;
  }
  let after = 0;
  while (after < seal.throughPosition) {
    const page = await store.readAll({ after, maxCount: pageSize });
    if (page.length === 0) break;
    for (const event of page) if (event.position <= seal.throughPosition) model.apply(event);
    after = page[page.length - 1].position;
  }
  return model;
}
