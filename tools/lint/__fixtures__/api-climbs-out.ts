// Linted as apps/api/src/progress/progress.resolver.ts
import { rebuild } from '../../../../libs/projections/src/rebuild';
import { toGraphQLError } from '../graphql/error-codes';
