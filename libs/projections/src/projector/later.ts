/** One pending timer for a job: scheduling it again while it is pending changes nothing. */
export class Later {
  private timer: NodeJS.Timeout | null = null;

  get pending(): boolean {
    return this.timer !== null;
  }

  schedule(delayMs: number, job: () => void): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      job();
    }, delayMs);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
