import { cpuMicrosPerRequest, median, parseSchedstat, processCpuNs } from './process-cpu';

describe('server CPU per request', () => {
  it('reads the nanoseconds on the CPU from a schedstat line', () => {
    expect(parseSchedstat('584227809 405544417 5070\n')).toBe(584227809);
  });

  it('refuses a line that is not a schedstat line', () => {
    expect(() => parseSchedstat('')).toThrow('not a schedstat line');
    expect(() => parseSchedstat('abc 1 2')).toThrow('not a schedstat line');
  });

  it('divides the CPU time between readings by the requests, in microseconds', () => {
    expect(cpuMicrosPerRequest(1_000_000, 4_000_000, 10)).toBe(300);
  });

  it('refuses a load without requests or a reading that went backwards', () => {
    expect(() => cpuMicrosPerRequest(0, 10, 0)).toThrow('no requests');
    expect(() => cpuMicrosPerRequest(10, 5, 1)).toThrow('went backwards');
  });

  it('sees this process spend CPU on work', () => {
    const before = processCpuNs(process.pid);
    let spin = 0;
    for (let i = 0; i < 1_000_000; i++) spin += Math.sqrt(i);
    expect(spin).toBeGreaterThan(0);
    expect(processCpuNs(process.pid)).toBeGreaterThan(before);
  });

  it('takes the middle of interleaved rounds', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(() => median([])).toThrow('no samples');
  });
});
