import type { EventStore, RecordedEvent } from '@saferplan/event-store/event-store.port';
import { evolvePeople, initialPeople, isPersonEvent, PERSON_STREAM_PREFIX, type PeopleView } from './people.projection';

const PAGE = 5000;

/**
 * The people read model of one event store: person events are few, so it keeps them all in
 * memory and folds them on demand: live (after catching up with the log, so a mutation reads its
 * own write) or as of a moment. One per store, shared by the resolvers, the use cases' glue and
 * sign-in matching, whichever asks first.
 */
export class PeopleDirectory {
  private static readonly byStore = new WeakMap<EventStore, PeopleDirectory>();
  private checkpoint = 0;
  private events: RecordedEvent[] = [];
  private view: PeopleView = initialPeople();
  private catchingUp: Promise<void> = Promise.resolve();
  /** The last position the server's read model shows, when there is one (followKnownPosition). */
  private known: (() => number) | null = null;

  private constructor(private readonly store: EventStore) {}

  static of(store: EventStore): PeopleDirectory {
    let directory = PeopleDirectory.byStore.get(store);
    if (!directory) {
      directory = new PeopleDirectory(store);
      PeopleDirectory.byStore.set(store, directory);
    }
    return directory;
  }

  /**
   * Follows the read model's known position (PlanProjector.knownPosition) instead of asking the
   * log on every call. Sign-in matching asks for every request; a read of the log each time was
   * a store round trip per request, the largest part of an authenticated trivial query beyond
   * the bare framework's. Read-your-writes holds: every write this server acknowledges is at or
   * below that position (the repository waits for the read model, or shows it provisionally);
   * another instance's writes arrive when its read model has them, as for every other view.
   */
  followKnownPosition(known: () => number): void {
    this.known = known;
  }

  /** Everyone as recorded now. */
  async live(): Promise<PeopleView> {
    if (this.known !== null && this.checkpoint >= this.known()) return this.view;
    // One catch-up at a time, so two requests never fold the same events twice.
    this.catchingUp = this.catchingUp.catch(() => undefined).then(() => this.catchUp());
    await this.catchingUp;
    return this.view;
  }

  /** Everyone as recorded at `moment`: who had which role then. */
  async asOf(moment: Date): Promise<PeopleView> {
    await this.live();
    const until = moment.getTime();
    return this.events.filter((event) => Date.parse(event.metadata.recordedAt) <= until).reduce(evolvePeople, initialPeople());
  }

  private async catchUp(): Promise<void> {
    if (this.checkpoint === 0) return this.firstCatchUp();
    // Since the checkpoint: a range of positions, an index walk on every store; by prefix here
    // PostgreSQL scanned the log (starts_with is no index condition) on each catch-up.
    for (;;) {
      const events = await this.store.readAll({ after: this.checkpoint, maxCount: PAGE });
      for (const event of events) this.fold(event);
      if (events.length < PAGE) return;
    }
  }

  /**
   * Only the person streams, read by their prefix: reading the whole log kept a national
   * server's first signed-in request waiting for many seconds. The head is taken first; events
   * after it wait for the next catch-up, so none is folded twice or skipped (on PostgreSQL the
   * head is the settled one: no lower position can still commit).
   */
  private async firstCatchUp(): Promise<void> {
    const head = await this.store.headPosition();
    let after = 0;
    for (;;) {
      const events = await this.store.readAll({ after, maxCount: PAGE, filter: { streamPrefix: PERSON_STREAM_PREFIX } });
      const settled = events.filter((event) => event.position <= head);
      for (const event of settled) {
        this.fold(event);
        after = event.position;
      }
      if (events.length < PAGE || settled.length < events.length) break;
    }
    this.checkpoint = Math.max(this.checkpoint, head);
  }

  private fold(event: RecordedEvent): void {
    this.checkpoint = Math.max(this.checkpoint, event.position);
    if (!isPersonEvent(event)) return;
    this.events.push(event);
    this.view = evolvePeople(this.view, event);
  }
}
