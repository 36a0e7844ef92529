/**
 * Runs work one piece after another, in the order given, whether earlier pieces succeed or fail:
 * batches, saves, lock checks and rebuilds never see the model move under them.
 */
export class OneAtATime {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
