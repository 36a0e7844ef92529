import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/** The origin users reach SaferPlan at: PUBLIC_URL's, else the request's own (development). */
export function expectedOrigin(publicUrl: string | null, request: FastifyRequest): string {
  return publicUrl ? new URL(publicUrl).origin : `${request.protocol}://${request.host}`;
}

/**
 * Whether a state-changing request comes from a page of SaferPlan itself: browsers send Origin
 * on every POST (Referer as a fallback for old ones), and a page elsewhere cannot forge it.
 */
export function fromOwnOrigin(request: FastifyRequest, publicUrl: string | null): boolean {
  const expected = expectedOrigin(publicUrl, request);
  const origin = request.headers.origin;
  if (typeof origin === 'string') return origin === expected;
  const referer = request.headers.referer;
  if (typeof referer !== 'string') return false;
  try {
    return new URL(referer).origin === expected;
  } catch {
    return false;
  }
}

/** Compares a sent CSRF token with the session's in constant time. */
export function sameToken(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const [a, b] = [Buffer.from(sent), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** GET, HEAD and OPTIONS change nothing; every other method needs the CSRF checks. */
export const changesState = (method: string): boolean => !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());

/** A same-origin path to return to after sign-in; anything else (another site, `//host`) is ignored. */
export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 500) return '/';
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || /[\u0000-\u001f\\]/.test(raw)) return '/';
  return raw;
}
