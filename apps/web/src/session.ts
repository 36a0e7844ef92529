/// <reference lib="dom" />
/**
 * The signed-in user: the bearer token pasted on the sign-in view, kept for this browser tab only
 * (sessionStorage). Its payload is decoded for display and to shape the UI; the server verifies
 * the signature and decides what is allowed.
 */
export type Role = 'admin' | 'coordinator' | 'sog' | 'auditor';

export interface Claims {
  sub: string;
  name: string;
  roles: Role[];
  partnerships: string[];
  exp?: number;
}

const KEY = 'saferplan.token';

export function storedToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function signIn(token: string): Claims {
  const claims = decodeClaims(token.trim());
  sessionStorage.setItem(KEY, token.trim());
  return claims;
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Reads a JWT's claims without verifying it (display only); throws on anything not a JWT. */
export function decodeClaims(token: string): Claims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Error('This is not a sign-in token: a token has three parts separated by dots.');
  let payload: Partial<Claims>;
  try {
    payload = JSON.parse(base64UrlDecode(parts[1]));
  } catch {
    throw new Error('This token cannot be read: its middle part is not valid.');
  }
  const roles = Array.isArray(payload.roles) ? payload.roles : [];
  return {
    sub: String(payload.sub ?? ''),
    name: String(payload.name ?? payload.sub ?? 'Unknown user'),
    roles: roles.filter((r): r is Role => ['admin', 'coordinator', 'sog', 'auditor'].includes(r)),
    partnerships: Array.isArray(payload.partnerships) ? payload.partnerships.map(String) : [],
    exp: typeof payload.exp === 'number' ? payload.exp : undefined,
  };
}

export function currentClaims(): Claims | null {
  const token = storedToken();
  if (!token) return null;
  try {
    return decodeClaims(token);
  } catch {
    return null;
  }
}

/** Whether the UI offers writing to this partnership's plan (the server has the final say). */
export function mayWrite(claims: Claims | null, partnershipId: string): boolean {
  if (!claims) return false;
  if (claims.roles.includes('admin')) return true;
  return claims.roles.includes('coordinator') && claims.partnerships.includes(partnershipId);
}

export const mayCoordinate = (claims: Claims | null): boolean =>
  !!claims && (claims.roles.includes('admin') || claims.roles.includes('coordinator'));
