import { PassThrough } from 'node:stream';
import { readBatches } from './read-batches';

async function collect<T>(generator: AsyncGenerator<T[]>): Promise<T[][]> {
  const batches: T[][] = [];
  for await (const batch of generator) batches.push(batch);
  return batches;
}

describe('readBatches', () => {
  it('hands over everything already buffered as one batch, up to max, in order', async () => {
    const stream = new PassThrough({ objectMode: true, highWaterMark: 100 });
    for (let i = 1; i <= 5; i++) stream.write(i);
    stream.end();
    expect(await collect(readBatches<number>(stream, 3))).toEqual([[1, 2, 3], [4, 5]]);
  });

  it('waits for items that arrive later and ends with the stream', async () => {
    const stream = new PassThrough({ objectMode: true });
    const batches = collect(readBatches<string>(stream, 10));
    stream.write('a');
    await new Promise((resolve) => setTimeout(resolve, 10));
    stream.write('b');
    stream.write('c');
    await new Promise((resolve) => setTimeout(resolve, 10));
    stream.end();
    expect(await batches).toEqual([['a'], ['b', 'c']]);
  });

  it('throws the stream error once the buffered items are delivered', async () => {
    const stream = new PassThrough({ objectMode: true });
    const seen: number[][] = [];
    const run = (async () => {
      for await (const batch of readBatches<number>(stream, 10)) seen.push(batch);
    })();
    stream.write(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    stream.destroy(new Error('dropped by server'));
    await expect(run).rejects.toThrow('dropped by server');
    expect(seen).toEqual([[1]]);
  });

  it('returns when the stream is destroyed without an error', async () => {
    const stream = new PassThrough({ objectMode: true });
    const batches = collect(readBatches<number>(stream, 10));
    await new Promise((resolve) => setTimeout(resolve, 5));
    stream.destroy();
    expect(await batches).toEqual([]);
  });
});
