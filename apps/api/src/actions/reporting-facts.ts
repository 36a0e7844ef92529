import {
  type ReportingFacts,
  financialYearOfQuarter,
  parseQuarter,
  reportingCalendarDecider,
  streams,
  updateApprovalDecider,
} from '@saferplan/domain';
import type { CommandOptions } from '../common/command-options';
import type { CommandWriter } from '../common/command-writer';

/**
 * Who counts at once when a partnership wants approval: an admin, or a coordinator of that
 * partnership. Writers without a token (demo loader, imports, CLI) act for a coordinator.
 */
export function countsAtOnce(caller: CommandOptions['caller'], partnershipId: string): boolean {
  if (!caller) return true;
  return caller.roles.includes('admin') || (caller.roles.includes('coordinator') && caller.partnerships.includes(partnershipId));
}

/**
 * What an action's quarterly update needs from the reporting calendar: whether the quarter is
 * closed and whether this writer's update waits for approval. Undefined when the action or the
 * quarter is unknown: the action decider then answers NOT_FOUND or names the field.
 */
export async function reportingFactsFor(writer: CommandWriter, actionId: string, typedQuarter: string, options: CommandOptions): Promise<ReportingFacts | undefined> {
  const action = writer.live().action?.(actionId);
  if (!action) return undefined;
  let quarter: string;
  try {
    quarter = parseQuarter(typedQuarter);
  } catch {
    return undefined;
  }
  const [calendar, approval] = await Promise.all([
    writer.load(streams.reportingCalendar(action.partnershipId, financialYearOfQuarter(quarter)), reportingCalendarDecider),
    writer.load(streams.updateApproval(action.partnershipId), updateApprovalDecider),
  ]);
  return {
    closedOn: calendar.state.closed[quarter] ?? null,
    needsApproval: approval.state.required && !countsAtOnce(options.caller, action.partnershipId),
  };
}
