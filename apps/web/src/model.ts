/**
 * Names for the shapes the dashboard reads, each taken from the types generated from the API's
 * schema and the queries in queries.ts (npm run schema), so none can drift from what the server
 * sends.
 */
import type { ActionQuery, HistoryQuery, TreeQuery } from './generated/graphql-types';

export type { ActionStatus, MilestoneStatus, PartnershipKind, Rag } from './generated/graphql-types';

export type Partnership = TreeQuery['partnerships'][number];
export type Plan = Partnership['plans'][number];
export type Priority = Plan['priorities'][number];
export type Progress = Priority['progress'];
export type Action = Priority['actions'][number];
export type Update = Action['updates'][number];

/** An action as its own page reads it: the tree's fields plus funding, evidence and where it sits. */
export type ActionDetail = NonNullable<ActionQuery['action']>;
export type Milestone = ActionDetail['milestones'][number];

export type EventRecord = HistoryQuery['history'][number];
