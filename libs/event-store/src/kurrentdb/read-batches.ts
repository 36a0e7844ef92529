/** What readBatches needs of a Readable (the client's subscription types narrow `on` and `read`). */
export interface BatchSource {
  read(): unknown;
  readonly destroyed: boolean;
  readonly readableEnded: boolean;
  on(event: string, listener: (...args: any[]) => void): unknown;
  off(event: string, listener: (...args: any[]) => void): unknown;
}

/**
 * Batches from an object-mode stream: everything already buffered (up to `max`) at once, else
 * waits for more. Ends when the stream ends or closes; throws its error.
 */
export async function* readBatches<T>(stream: BatchSource, max: number): AsyncGenerator<T[]> {
  let failure: unknown = null;
  let ended = false;
  let notify: (() => void) | null = null;
  const wake = (): void => {
    const resolve = notify;
    notify = null;
    resolve?.();
  };
  const onError = (error: unknown): void => {
    failure ??= error;
    wake();
  };
  const onEnd = (): void => {
    ended = true;
    wake();
  };
  stream.on('readable', wake);
  stream.on('error', onError);
  stream.on('end', onEnd);
  stream.on('close', onEnd);
  try {
    for (;;) {
      const batch: T[] = [];
      let item: T | null;
      while (batch.length < max && (item = stream.read() as T | null) !== null) batch.push(item);
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (failure) throw failure;
      if (ended || stream.destroyed || stream.readableEnded) return;
      await new Promise<void>((resolve) => (notify = resolve));
    }
  } finally {
    stream.off('readable', wake);
    stream.off('error', onError);
    stream.off('end', onEnd);
    stream.off('close', onEnd);
  }
}
