// Linted as apps/cli/src/commands/import.command.ts
import { loadConfig } from '../../../api/src/config/app-config';
const harness = require('../../../../test/support/api-harness');
import { openCliContext } from '../cli-context';
import { parseQuarter } from '@saferplan/domain/shared/quarter';
