/**
 * The all-partnership `progress` and county `countyProgress` answers kept for the read model's
 * current position (issue 15, ADR 0022). Computing them is a few thousand rows from the
 * roll-ups; the SOG's dashboard asks the same question over and over between writes. Every
 * applied event drops every answer (the position moved), so an answer is only ever reused by a
 * query that a fresh computation would answer identically: read-your-writes holds because a
 * write is acknowledged only after its events are applied.
 *
 * Bounded: the key includes the as-of date, so a long quiet spell could gather one entry per day
 * and question; past the bound the oldest answer goes.
 */
/** Every answer a ProgressAnswers keeps, so a layer above can keep what it makes of one beside it. */
const keptAnswers = new WeakSet<readonly unknown[]>();

/**
 * True when `answer` is one this module keeps: the same array is handed out for the same
 * question until the read model's position moves, and never again after (issue 15, ADR 0023).
 */
export function isKeptAnswer(answer: readonly unknown[]): boolean {
  return keptAnswers.has(answer);
}

export class ProgressAnswers {
  private readonly answers = new Map<string, readonly unknown[]>();

  constructor(private readonly capacity = 64) {}

  /** The kept answer for `key`, or the one `compute` makes now, kept until the next event. */
  answer<Row>(key: string, compute: () => Row[]): Row[] {
    const kept = this.answers.get(key);
    if (kept) return kept as Row[];
    const computed = compute();
    if (this.answers.size >= this.capacity) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, computed);
    keptAnswers.add(computed);
    return computed;
  }

  /** The read model moved: no kept answer may be reused. */
  clear(): void {
    if (this.answers.size > 0) this.answers.clear();
  }
}

/** One key per question; the parts never contain the separator (ids, years, dates, quarters). */
export function answerKey(...parts: Array<string | undefined>): string {
  return parts.map((part) => part ?? '').join('\u0000');
}
