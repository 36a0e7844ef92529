/**
 * The domain's public face. Pure TypeScript: no framework, store or I/O imports anywhere under
 * this folder (domain-purity.spec.ts enforces it). The given/when/then helper lives in
 * ./testing and is imported by path from specs only, because it relies on jest's `expect`.
 */
export * from './shared/event';
export * from './shared/errors';
export * from './shared/field-labels';
export * from './shared/financial-year';
export * from './shared/text';
export * from './shared/rag-palette';
export * from './events';

export * from './partnership/partnership.events';
export * from './partnership/partnership.commands';
export * from './partnership/partnership.decider';

export * from './action-plan/action-plan.events';
export * from './action-plan/action-plan.commands';
export * from './action-plan/action-plan.decider';

export * from './action/action.events';
export * from './action/action.commands';
export * from './action/action.decider';
export * from './action/action-at-quarter-end';

export * from './funding/funding.events';
export * from './funding/funding.commands';
export * from './funding/funding.decider';
export * from './funding/funded-action';

export * from './audit/quarter-seal.events';
export * from './audit/quarter-seal.commands';
export * from './audit/quarter-seal.decider';
export * from './audit/reporting-deadline';

export * from './indicator/indicator.events';
export * from './indicator/indicator.commands';
export * from './indicator/indicator.decider';
export * from './indicator/indicator-rag';
export * from './indicator/indicator-figures';

export * from './reporting-calendar/reporting-calendar.events';
export * from './reporting-calendar/reporting-calendar.commands';
export * from './reporting-calendar/reporting-calendar.decider';
export * from './reporting-calendar/update-approval.decider';
export * from './reporting-calendar/quarter-return';
export * from './person/person.events';
export * from './person/person.commands';
export * from './person/person.decider';
