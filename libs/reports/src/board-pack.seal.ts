import { ukDate } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { findSeal } from '@saferplan/event-store/audit/audit-checks';
import { type PlanQueries, type QuarterlyUpdateView, readModelAtSeal, sealMarkOf, STATUS_OF_RAG } from '@saferplan/projections';
import { STATUS_LABELS } from './rag-colours';

/**
 * A sealed quarter's pack is the pack as it stood at the seal, and what was recorded about the
 * quarter after the seal is shown apart, so a board reading "Quarter sealed" reads sealed
 * figures and sees every later correction beside them (who, when, why, before and after).
 */
export interface BoardPackSeal {
  /** The full hex SHA-256 Merkle root, as sealQuarter returned it and verifySeal recomputes it. */
  root: string;
  /** Its first 16 hex digits in groups of four, to read out at the meeting. */
  shortRoot: string;
  sealedAt: string;
  /** Who sealed it (the actor's subject), or null when no actor was recorded. */
  sealedBy: string | null;
}

/** One update to the sealed quarter recorded after the seal: a correction, or a first update. */
export interface BoardPackChange {
  priority: string;
  action: string;
  recordedBy: string;
  recordedAt: string;
  /** Why it was corrected; null for a quarter's first update recorded after the seal. */
  reason: string | null;
  /** The figures in words, e.g. "AMBER (At risk), 40% complete: Patrol plan in place". */
  before: string;
  after: string;
}

interface FiguresScope {
  queries: PlanQueries;
  asOfDate: string;
  asOf: Date | null;
}

/**
 * The quarter's seal, read the way verifySeal and quarterSeal read it (findSeal), with the read
 * model folded from the log through its position. A seal covers the whole log, so a partnership's
 * pack and the county pack show the same one. A seal recorded after an "as recorded at" scope's
 * moment did not exist then: null, the same test (recordedAt <= asOf) as for every other event.
 */
export async function sealedScopeOf(store: EventStore, quarter: string, scope: FiguresScope): Promise<{ seal: BoardPackSeal; scope: FiguresScope } | null> {
  const seal = await findSeal(store, quarter);
  if (!seal) return null;
  const sealedAt = new Date(seal.metadata.recordedAt);
  if (scope.asOf && sealedAt.getTime() > scope.asOf.getTime()) return null;
  const queries = await readModelAtSeal(store, sealMarkOf(seal));
  return {
    seal: { root: seal.data.merkleRoot, shortRoot: seal.data.shortRoot, sealedAt: seal.data.sealedAt, sealedBy: seal.metadata.actor },
    scope: { queries, asOfDate: ukDate(sealedAt), asOf: sealedAt },
  };
}

type Version = Omit<QuarterlyUpdateView, 'previousVersions'>;

/**
 * The quarter's update versions recorded after the seal, for one partnership's plan of the year.
 * Versions are kept in the order they were recorded, so those beyond the ones the sealed model
 * holds are exactly the ones the seal does not cover.
 */
export function changesSinceSeal(sealed: PlanQueries, now: PlanQueries, partnershipId: string, financialYear: string, quarter: string): BoardPackChange[] {
  const changes: BoardPackChange[] = [];
  for (const planId of now.partnership(partnershipId)?.planIds ?? []) {
    const plan = now.actionPlan(planId);
    if (plan?.financialYear !== financialYear) continue;
    for (const priorityId of plan.priorityIds) {
      const priority = now.priority(priorityId);
      for (const actionId of priority?.actionIds ?? []) {
        const action = now.action(actionId);
        const current = action?.updates.find((update) => update.quarter === quarter);
        if (!action || !current || !priority) continue;
        const versions: Version[] = [...(current.previousVersions ?? []), current];
        const atSeal = sealed.action(actionId)?.updates.find((update) => update.quarter === quarter);
        const sealedCount = atSeal ? (atSeal.previousVersions ?? []).length + 1 : 0;
        for (let i = sealedCount; i < versions.length; i++) {
          const version = versions[i];
          changes.push({
            priority: priority.title,
            action: action.title,
            recordedBy: version.recordedBy,
            recordedAt: version.recordedAt,
            reason: version.correctionReason,
            before: i > 0 ? inWords(versions[i - 1]) : 'No update',
            after: inWords(version),
          });
        }
      }
    }
  }
  return changes.sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
}

const inWords = (version: Version): string =>
  `${version.rag} (${STATUS_LABELS[STATUS_OF_RAG[version.rag]]}), ${version.percentComplete}% complete: ${version.narrative}`;
