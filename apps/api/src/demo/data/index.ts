import { alignment } from './alignments';
import { countyPlan } from './county-plan';
import type { DemoData } from './demo-data.types';
import { funding } from './funding';
import { indicators } from './indicators';
import { leicesterPlan } from './leicester-plan';
import { nwlPlan } from './nwl-plan';
import { registration } from './partnerships';
import { pccPlan } from './pcc-plan';
import { structureChanges } from './structure-changes';
import { people } from './people';

/** The whole demo, as data: 2017/18 in Leicestershire, then Rutland joining the board in 2023. */
export const demoData: DemoData = {
  financialYear: '2017/18',
  registration,
  plans: [countyPlan, pccPlan, nwlPlan, leicesterPlan],
  alignment,
  funding,
  indicators,
  structureChanges,
  people,
};
