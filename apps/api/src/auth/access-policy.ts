import type { PlanQueries } from '@saferplan/projections';
import type { Role } from '@saferplan/identity/tokens';

/** The partnership(s) an operation touches, found from its arguments through the live read model. */
export type TargetOf = (args: Record<string, any>, live: PlanQueries) => Array<string | null | undefined>;

/**
 * Who may run an operation: `anyPartnership` roles always; `ownPartnership` roles only when one of
 * the partnerships the operation touches is in their token's `partnerships` claim.
 */
export interface AccessRule {
  anyPartnership: readonly Role[];
  ownPartnership?: { roles: readonly Role[]; target: TargetOf };
  /**
   * A contributor may also run it on an action they own (Action.owner is their person) in a
   * partnership they contribute to: the action's id found from the arguments.
   */
  ownedAction?: (args: Record<string, any>) => string | undefined;
  /** Open to whoever is signed in, with or without a role (`me`: a person with no role learns whom to ask). */
  anyoneSignedIn?: true;
}

/** Where the guard finds the assembled table (operations here plus each use case's own rule). */
export const ACCESS_RULES = Symbol('ACCESS_RULES');

export type AccessTable = Readonly<Record<string, AccessRule>>;

const ALL: readonly Role[] = ['admin', 'coordinator', 'contributor', 'sog', 'auditor'];
const OVERSIGHT: readonly Role[] = ['admin', 'sog', 'auditor'];
const ADMIN: readonly Role[] = ['admin'];
/** Structure and seals: admin only. */
export const adminOnly: AccessRule = { anyPartnership: ADMIN };

export const input = (args: Record<string, any>): Record<string, any> => (args.input && typeof args.input === 'object' ? args.input : {});
export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export const partnership = (id: unknown): string | undefined => text(id);
export const planOwner = (live: PlanQueries, id: unknown) => (text(id) === undefined ? undefined : live.actionPlan(text(id)!)?.partnershipId);
export const priorityOwner = (live: PlanQueries, id: unknown) => (text(id) === undefined ? undefined : live.priority(text(id)!)?.partnershipId);
export const actionOwner = (live: PlanQueries, id: unknown) => (text(id) === undefined ? undefined : live.action(text(id)!)?.partnershipId);
export const indicatorOwner = (live: PlanQueries, id: unknown) => (text(id) === undefined ? undefined : live.indicator(text(id)!)?.partnershipId);
export const fundingParties = (live: PlanQueries, id: unknown) => {
  const source = text(id) === undefined ? undefined : live.fundingSource(text(id)!);
  return source ? [source.funderPartnershipId, source.recipientPartnershipId] : [];
};
/** Any record id: a partnership, plan, priority, action, funding source or indicator. */
const anyRecordOwner: TargetOf = (args, live) => [
  live.partnership(args.id) ? args.id : undefined,
  planOwner(live, args.id),
  priorityOwner(live, args.id),
  actionOwner(live, args.id),
  ...fundingParties(live, args.id),
  indicatorOwner(live, args.id),
];

const coordinatorOwn = (target: TargetOf) => ({ roles: ['coordinator'] as const, target });
/** Reads of one partnership's records: oversight roles anywhere, a coordinator or contributor their own. */
const readOwn = (target: TargetOf): AccessRule => ({ anyPartnership: OVERSIGHT, ownPartnership: { roles: ['coordinator', 'contributor'], target } });
/** Writes: an admin anywhere, a coordinator to their own partnerships; sog and auditor never. */
export const writeOwn = (target: TargetOf): AccessRule => ({ anyPartnership: ADMIN, ownPartnership: coordinatorOwn(target) });
/** Progress on one action (updates, corrections, milestones): as writeOwn, and the action's owner if a contributor. */
export const writeOwnOrOwnedAction = (actionId: (args: Record<string, any>) => string | undefined): AccessRule => ({
  ...writeOwn((args, live) => [actionOwner(live, actionId(args))]),
  ownedAction: actionId,
});

/**
 * The rules of the operations that are not use-case slices: queries, routes, and the mutations
 * still kept by area. A use case declares its own rule in its slice folder; the two are put
 * together into one table above the features (access-table.ts). An operation in neither is
 * refused for everyone and logged, so nothing new is public by accident.
 */
export const OPERATION_ACCESS: AccessTable = {
  // Directory and county summaries: every signed-in role.
  partnerships: { anyPartnership: ALL },
  progress: { anyPartnership: ALL },
  countyProgress: { anyPartnership: ALL },
  // One partnership's records.
  partnership: readOwn((args) => [partnership(args.id)]),
  actionPlan: readOwn((args, live) => [planOwner(live, args.id)]),
  action: readOwn((args, live) => [actionOwner(live, args.id)]),
  fundingSources: readOwn((args) => [partnership(args.partnershipId)]),
  fundingSource: readOwn((args, live) => fundingParties(live, args.id)),
  indicators: readOwn((args) => [partnership(args.partnershipId)]),
  indicator: readOwn((args, live) => [indicatorOwner(live, args.id)]),
  history: readOwn(anyRecordOwner),
  boardPack: readOwn((args) => [partnership(args.partnershipId)]),
  // Reporting cycle (reporting-calendar/): the tracker is a county summary; the queue is for coordinators.
  reportingCalendar: readOwn((args) => [partnership(args.partnershipId)]),
  returns: { anyPartnership: ALL },
  approvalQueue: { anyPartnership: ['admin', 'coordinator'] },
  // Audit: oversight roles only.
  events: { anyPartnership: OVERSIGHT },
  verifyAuditTrail: { anyPartnership: OVERSIGHT },
  verifySeal: { anyPartnership: OVERSIGHT },
  quarterSeal: { anyPartnership: OVERSIGHT },
  treeHead: { anyPartnership: OVERSIGHT },
  eventProof: { anyPartnership: OVERSIGHT },
  changesSince: { anyPartnership: OVERSIGHT },
  indicatorChangesSince: { anyPartnership: OVERSIGHT },
  // Plan import (its own folder, plan-import/).
  importActionPlan: writeOwn((args) => [partnership(input(args).partnershipId)]),
  // Indicator values import (indicators/import-indicator-values/).
  importIndicatorValues: writeOwn((args) => [partnership(input(args).partnershipId)]),
  // People (people/): the directory is read by every role (owners are chosen from it).
  people: { anyPartnership: ALL },
  person: { anyPartnership: ALL },
  myActions: { anyPartnership: ALL },
  me: { anyPartnership: [], anyoneSignedIn: true },
};

/**
 * Nested reads. The rules above decide the top-level field of a query; from a record every role
 * may see (a county summary row, the partnership directory) a query can then follow fields into
 * one partnership's plan details. Each field that steps into them is listed here with the
 * operation whose rule it shares, so following a path never shows more than asking for the same
 * record by id: the plan, its actions, their milestones and quarterly updates (narratives).
 * A refused caller gets FORBIDDEN, except from `Partnership.plans`, which lists only the plans the
 * caller may open, so the directory (`partnerships { plans ... }`) stays one query for every role.
 * County summaries (counts, RAG, % complete, names of partnerships and priorities) are not listed:
 * every signed-in role reads them.
 */
export const NESTED_READ_POLICY = {
  'Partnership.plans': { sameAs: 'actionPlan', refused: 'leftOut' },
  'Priority.plan': { sameAs: 'actionPlan', refused: 'forbidden' },
  'Priority.actions': { sameAs: 'action', refused: 'forbidden' },
  // An action reached some other way (a funding allocation's) still keeps its updates and milestones.
  'Action.milestones': { sameAs: 'action', refused: 'forbidden' },
  'Action.updates': { sameAs: 'action', refused: 'forbidden' },
  // The approval queue lists a coordinator's own partnerships only; its updates keep the action's rule.
  'ApprovalQueueEntry.update': { sameAs: 'action', refused: 'forbidden' },
  // An indicator reached from a progress row keeps its latest figure and RAG there; its quarters
  // (notes, corrections, who recorded them) are read like the indicator itself.
  'Indicator.values': { sameAs: 'indicator', refused: 'forbidden' },
  // "My actions" lists only the actions the caller may open (an owner without a role in the
  // action's partnership sees it once granted one); their milestones go with them.
  'MyAction.action': { sameAs: 'action', refused: 'leftOut' },
  'MyAction.milestonesDue': { sameAs: 'action', refused: 'leftOut' },
  'MyAction.lateMilestones': { sameAs: 'action', refused: 'leftOut' },
} as const satisfies Readonly<Record<string, { sameAs: string; refused: 'forbidden' | 'leftOut' }>>;

export type NestedField = keyof typeof NESTED_READ_POLICY;
/** The nested fields that answer a refused caller this way. */
export type NestedFieldRefusing<How extends 'forbidden' | 'leftOut'> = {
  [F in NestedField]: (typeof NESTED_READ_POLICY)[F]['refused'] extends How ? F : never;
}[NestedField];

export type AccessDecision = { allowed: true } | { allowed: false; reason: string; unlisted?: true };

/**
 * `partnerships` are a coordinator's, `contributes` a contributor's (issue 16), `personId` the
 * person SaferPlan matched the identity to: kept apart so coordinating one partnership never
 * widens contributing to another.
 */
export type Caller = { roles: readonly Role[]; partnerships: readonly string[]; contributes?: readonly string[]; personId?: string };

/** Decides one call against a table; pure, so the role matrix spec can exercise it without a server. */
export function decideAccessIn(
  table: AccessTable,
  operation: string,
  principal: Caller,
  args: Record<string, any>,
  live: PlanQueries,
): AccessDecision {
  const rule = Object.hasOwn(table, operation) ? table[operation] : undefined;
  const decision = decide(operation, rule, principal, (own) => own.target(args, live));
  if (decision.allowed || !rule?.ownedAction || !principal.roles.includes('contributor')) return decision;
  return decideOwnedAction(operation, principal, live.action(rule.ownedAction(args) ?? ''));
}

/** A contributor on an action: theirs when they own it and contribute to its partnership. */
function decideOwnedAction(operation: string, principal: Caller, action: { partnershipId: string; ownerId?: string | null } | undefined): AccessDecision {
  if (action && action.ownerId && action.ownerId === principal.personId && (principal.contributes ?? []).includes(action.partnershipId)) {
    return { allowed: true };
  }
  return { allowed: false, reason: `${operation}: a contributor may record progress only on actions they own, and this action is not yours` };
}

/**
 * Decides a nested field of a record of partnership `partnershipId`: by the rule of the operation
 * the field shares (NESTED_READ_POLICY), as if that record had been asked for by id.
 */
export function decideNestedRead(field: NestedField, principal: Caller, partnershipId: string): AccessDecision {
  return decide(field, ruleFor(NESTED_READ_POLICY[field].sameAs), principal, () => [partnershipId]);
}

function ruleFor(operation: string): AccessRule | undefined {
  return Object.hasOwn(OPERATION_ACCESS, operation) ? OPERATION_ACCESS[operation] : undefined;
}

function decide(
  name: string,
  rule: AccessRule | undefined,
  principal: Caller,
  touched: (own: NonNullable<AccessRule['ownPartnership']>) => Array<string | null | undefined>,
): AccessDecision {
  if (!rule) return { allowed: false, reason: `${name} is not open to anyone yet (no access rule)`, unlisted: true };
  if (rule.anyoneSignedIn) return { allowed: true };
  if (principal.roles.some((role) => rule.anyPartnership.includes(role))) return { allowed: true };
  const own = rule.ownPartnership;
  if (own && principal.roles.some((role) => own.roles.includes(role))) {
    const mine = ownPartnershipsOf(principal, own.roles);
    if (touched(own).some((id) => typeof id === 'string' && mine.includes(id))) return { allowed: true };
    return { allowed: false, reason: `${name}: this is not one of your partnerships` };
  }
  const roles = principal.roles.length ? principal.roles.join(', ') : 'no SaferPlan role';
  return { allowed: false, reason: `${name} is not allowed for ${roles}` };
}

/** The partnerships a caller holds one of `roles` for. */
function ownPartnershipsOf(principal: Caller, roles: readonly Role[]): readonly string[] {
  const coordinates = roles.includes('coordinator') && principal.roles.includes('coordinator') ? principal.partnerships : [];
  const contributes = roles.includes('contributor') && principal.roles.includes('contributor') ? (principal.contributes ?? []) : [];
  return [...coordinates, ...contributes];
}
