// Linted as apps/cli/src/commands/token.command.ts
import { loadConfig } from 'apps/api/src/config/app-config';
const projections = require('libs/projections/src');
import { mintToken } from '@saferplan/domain/shared/quarter';
