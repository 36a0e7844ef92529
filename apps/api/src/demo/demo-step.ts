/** One recorded step of the demo: a GraphQL mutation, who made it and when. */
export type DemoMutation =
  | 'registerPartnership'
  | 'createActionPlan'
  | 'addPriority'
  | 'createAction'
  | 'scheduleMilestone'
  | 'reachMilestone'
  | 'recordQuarterlyUpdate'
  | 'correctQuarterlyUpdate'
  | 'alignPriority'
  | 'completeAction'
  | 'cancelAction'
  | 'registerFundingSource'
  | 'allocateFunding'
  | 'recordFundingSpend'
  | 'defineIndicator'
  | 'setIndicatorTarget'
  | 'recordIndicatorValue'
  | 'correctIndicatorValue'
  | 'recordMemberJoined'
  | 'renamePartnership'
  | 'invitePerson'
  | 'grantRole'
  | 'assignActionOwner';

export interface DemoStep {
  /** ISO-8601 instant the step is recorded at. */
  at: string;
  /** Who recorded it (a role, never a real person's contact details). */
  actor: string;
  mutation: DemoMutation;
  /** Exactly the GraphQL input fields; '@name' refers to the id produced by the step with `as: name`. */
  input: Record<string, string | number | boolean | null>;
  /** Name this step's result (the new id) so later inputs can say '@name'. */
  as?: string;
}
