/** The last UK day (YYYY-MM-DD) a partnership's update on a quarter is on time. */
export type DeadlineOf = (quarter: string, partnershipId: string) => string;

/**
 * Where features that judge "due" and "late" get deadlines from, without reaching into the
 * reporting calendar's folder: it provides this token (app.module), everyone else injects it.
 */
export interface UpdateDeadlines {
  /** Deadlines of these partnerships' calendars for these years, as recorded at `asOf`. */
  deadlinesFor(partnershipIds: readonly string[], financialYears: readonly string[], asOf?: Date | null): Promise<DeadlineOf>;
}

export const UPDATE_DEADLINES = Symbol('UPDATE_DEADLINES');
