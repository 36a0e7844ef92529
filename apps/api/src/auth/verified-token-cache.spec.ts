import { VerifiedTokenCache } from './verified-token-cache';
import type { Principal } from './principal';

const principal = (sub: string): Principal => ({ sub, name: sub, roles: ['sog'], partnerships: [] });
const EXP = 1_800_000_000; // seconds

describe('VerifiedTokenCache', () => {
  it('serves a remembered token until the instant its exp is reached, never after', () => {
    let now = EXP * 1000 - 2;
    const cache = new VerifiedTokenCache(10, () => now);
    cache.remember('t', principal('a'), EXP);
    expect(cache.get('t')?.sub).toBe('a');
    now = EXP * 1000 - 1;
    expect(cache.get('t')?.sub).toBe('a');
    now = EXP * 1000;
    expect(cache.get('t')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps nothing for a token without exp or already expired', () => {
    const cache = new VerifiedTokenCache(10, () => EXP * 1000);
    cache.remember('no-exp', principal('a'), undefined);
    cache.remember('expired', principal('b'), EXP);
    cache.remember('nan', principal('c'), Number.NaN);
    expect([cache.get('no-exp'), cache.get('expired'), cache.get('nan'), cache.size]).toEqual([undefined, undefined, undefined, 0]);
  });

  it('evicts the least recently used token when full', () => {
    const cache = new VerifiedTokenCache(2, () => 0);
    cache.remember('a', principal('a'), EXP);
    cache.remember('b', principal('b'), EXP);
    expect(cache.get('a')?.sub).toBe('a'); // a is now the most recently used
    cache.remember('c', principal('c'), EXP);
    expect([cache.get('a')?.sub, cache.get('b'), cache.get('c')?.sub, cache.size]).toEqual(['a', undefined, 'c', 2]);
  });
});
