// Linted as apps/api/src/common/request-context.ts
import { CreateActionHandler } from '../actions/create-action/create-action.handler';
import { principalOf } from '../auth/request-auth';
import { loadConfig } from '../config/app-config';
import type { ReadScope } from '../graphql/read-scope';
import { STORE } from '../store/store.tokens';
import { newId } from './new-id';
