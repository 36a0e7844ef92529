import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '@saferplan/config/tokens';
import { financialYearOfQuarter, parseQuarter, streams } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { type ReportingCalendarsView, evolveReportingCalendars, initialReportingCalendars, updateDeadlineIn } from '@saferplan/projections';

/**
 * The reporting calendars read from their own small streams (one per partnership and year, one
 * approval switch per partnership), folded through the pure view; "as recorded at" keeps only
 * events recorded by then. Reads are a handful of short streams, so no checkpointed copy is kept.
 */
@Injectable()
export class ReportingCalendars {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async view(partnershipIds: readonly string[], financialYears: readonly string[], asOf?: Date | null): Promise<ReportingCalendarsView> {
    const ids = [...new Set(partnershipIds)];
    const streamIds = ids.flatMap((id) => [streams.updateApproval(id), ...financialYears.map((year) => streams.reportingCalendar(id, year))]);
    const recorded = (await Promise.all(streamIds.map((streamId) => this.store.readStream(streamId)))).flat();
    const until = asOf ? asOf.getTime() : Infinity;
    return recorded
      .filter((event) => Date.parse(event.metadata.recordedAt) <= until)
      .sort((a, b) => a.position - b.position)
      .reduce(evolveReportingCalendars, initialReportingCalendars());
  }

  /** The update deadline of partnership P, quarter Q (a UK day), as the calendar now says. */
  async updateDeadlineOf(partnershipId: string, quarter: string): Promise<string> {
    const label = parseQuarter(quarter.trim());
    const view = await this.view([partnershipId], [financialYearOfQuarter(label)]);
    return updateDeadlineIn(view, partnershipId, label);
  }
}
