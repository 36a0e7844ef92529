import type { FastifyRequest } from 'fastify';
import { changesState, fromOwnOrigin, safeReturnPath, sameToken } from './request-origin';

const request = (headers: Record<string, string>, host = 'saferplan.example') => ({ headers, protocol: 'https', host }) as unknown as FastifyRequest;

describe('where a browser may be sent back to after sign-in', () => {
  it.each(['/', '/#/coordinator?plan=p1&quarter=2017%2F18%20Q4', '/#/action/a1?asOf=2017-09-04T10:00:00.000Z'])('keeps the path %s of this site', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([undefined, 42, '', 'https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)', '/\r\nSet-Cookie: x=1', `/${'a'.repeat(500)}`])(
    'sends %j home instead',
    (raw) => expect(safeReturnPath(raw)).toBe('/'),
  );
});

describe('whether a POST comes from a page of SaferPlan', () => {
  it('compares Origin with PUBLIC_URL, or with the request\'s own address when PUBLIC_URL is unset', () => {
    expect(fromOwnOrigin(request({ origin: 'https://saferplan.example' }), 'https://saferplan.example/plans')).toBe(true);
    expect(fromOwnOrigin(request({ origin: 'https://saferplan.example.evil.example' }), 'https://saferplan.example')).toBe(false);
    expect(fromOwnOrigin(request({ origin: 'http://saferplan.example' }), 'https://saferplan.example')).toBe(false);
    expect(fromOwnOrigin(request({ origin: 'https://saferplan.example' }), null)).toBe(true);
    expect(fromOwnOrigin(request({ origin: 'null' }), null)).toBe(false);
  });

  it('falls back to Referer, and refuses a request that names neither', () => {
    expect(fromOwnOrigin(request({ referer: 'https://saferplan.example/#/coordinator' }), 'https://saferplan.example')).toBe(true);
    expect(fromOwnOrigin(request({ referer: 'https://evil.example/saferplan.example' }), 'https://saferplan.example')).toBe(false);
    expect(fromOwnOrigin(request({ referer: 'not a url' }), 'https://saferplan.example')).toBe(false);
    expect(fromOwnOrigin(request({}), 'https://saferplan.example')).toBe(false);
  });

  it('needs the CSRF token on every method but GET, HEAD and OPTIONS, compared whole', () => {
    expect(['POST', 'PUT', 'PATCH', 'DELETE'].map(changesState)).toEqual([true, true, true, true]);
    expect(['GET', 'head', 'OPTIONS'].map(changesState)).toEqual([false, false, false]);
    expect([sameToken('abc', 'abc'), sameToken('abd', 'abc'), sameToken('ab', 'abc'), sameToken(undefined, 'abc'), sameToken(['abc'], 'abc')]).toEqual([true, false, false, false, false]);
  });
});
