// Linted as libs/projections/src/progress/progress.projection.ts
import { loadConfig } from '../../../../apps/api/src/config/app-config';
import { evolve } from '../../../domain/src/action/action.decider';
import { foldProgress } from '../shared/fold';
import { ActionEvent } from '@saferplan/domain/action/action.events';
