// Linted as apps/web/src/figures.ts
import { parseFinancialYear } from '../../../libs/domain/src/shared/financial-year';
import { gql } from './api';
import { quarterOf } from '@saferplan/domain/shared/financial-year';
