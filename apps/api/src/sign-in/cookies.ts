/** The cookies of sign-in: the session's id, and the sign-in in flight between login and callback. */
export const SESSION_COOKIE = 'saferplan_session';
export const SIGN_IN_COOKIE = 'saferplan_signin';

/** The value of one cookie in a Cookie header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const equals = part.indexOf('=');
    if (equals === -1 || part.slice(0, equals).trim() !== name) continue;
    const value = part.slice(equals + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  return null;
}

export interface CookieOptions {
  /** Secure when users reach SaferPlan over https: the cookie then never travels in clear. */
  secure: boolean;
  path?: string;
  maxAgeSeconds?: number;
}

/**
 * A Set-Cookie value: always httpOnly (no script reads a session) and SameSite=Lax (no other
 * site's form or fetch sends it, while the issuer's redirect back to the callback still does).
 */
export function cookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${options.path ?? '/'}`, 'HttpOnly', 'SameSite=Lax'];
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

export const expiredCookie = (name: string, options: CookieOptions): string => cookie(name, '', { ...options, maxAgeSeconds: 0 });
