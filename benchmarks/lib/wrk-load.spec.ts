import { parseWrk } from './wrk-load';

describe('parseWrk', () => {
  it('reads the request count, the duration and the failures of a run', () => {
    const output = [
      'Running 8s test @ http://127.0.0.1:4056/graphql',
      '  1 threads and 32 connections',
      '  120284 requests in 15.05s, 33.04MB read',
      '  Socket errors: connect 0, read 2, write 0, timeout 1',
      '  Non-2xx or 3xx responses: 7',
      'Requests/sec:   7991.86',
    ].join('\n');
    expect(parseWrk(output)).toEqual({ requests: 120284, seconds: 15.05, non2xx: 7, socketErrors: 3 });
  });

  it('takes a clean run as no failures, and a run in milliseconds in seconds', () => {
    expect(parseWrk('  42 requests in 500.10ms, 1KB read\nRequests/sec: 84')).toEqual({ requests: 42, seconds: 0.5001, non2xx: 0, socketErrors: 0 });
  });

  it('refuses output with no request count rather than report a rate of nothing', () => {
    expect(() => parseWrk('unable to connect to 127.0.0.1:1 Connection refused')).toThrow(/no request count/);
  });
});
