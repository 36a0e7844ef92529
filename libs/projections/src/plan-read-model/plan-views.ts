import { type FundingView, initialFunding } from '../funding/funding.projection';
import { type ActionsView, initialActions } from './action/action.projection';
import { type IndicatorsView, initialIndicators } from './indicator/indicator.projection';
import { type PartnershipsView, initialPartnerships } from './partnership/partnership.projection';
import { type PlansView, initialPlans } from './plan/plan.projection';

/** The views the plan read model is made of, each folded by its own projection. */
export interface PlanViews {
  readonly partnerships: PartnershipsView;
  readonly plans: PlansView;
  readonly actions: ActionsView;
  readonly funding: FundingView;
  readonly indicators: IndicatorsView;
}

/** Empty views, wired so a new plan lists itself under its partnership and a new action under its priority. */
export function initialPlanViews(): PlanViews {
  const partnerships = initialPartnerships();
  const plans = initialPlans(partnerships.byId);
  return { partnerships, plans, actions: initialActions(plans.prioritiesById), funding: initialFunding(), indicators: initialIndicators() };
}
