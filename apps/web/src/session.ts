/// <reference lib="dom" />
/**
 * The signed-in user. Normally the server's session (an httpOnly cookie the page never sees;
 * GET /auth/session says who it is and gives the CSRF token every POST carries). For developers,
 * a pasted bearer token instead, kept for this browser tab only (sessionStorage), its payload
 * decoded for display. Either way the server verifies and decides what is allowed.
 */
export type Role = 'admin' | 'coordinator' | 'contributor' | 'sog' | 'auditor';

export interface Claims {
  sub: string;
  name: string;
  roles: Role[];
  partnerships: string[];
  exp?: number;
  /** From `me` (people-session.ts): partnerships contributed to, the person, whom to ask for a role. */
  contributes?: string[];
  personId?: string;
  administrators?: Array<{ name: string; email: string }>;
}

const KEY = 'saferplan.token';

/** How people may sign in here, as GET /auth/session lists it. */
export interface SignInOptions {
  oidc: { name: string; loginUrl: string } | null;
  demo: Array<{ key: string; name: string; organisation: string; description: string }> | null;
}

interface SessionAnswer {
  signedIn: boolean;
  user: { sub: string; name: string; roles: string[]; partnerships: string[] } | null;
  csrfToken: string | null;
  signIn: SignInOptions;
}

/** The cookie session's CSRF token: sent as X-CSRF-Token with every POST. */
let csrfToken: string | null = null;

export function sessionHeaders(): Record<string, string> {
  const token = storedToken();
  if (token) return { authorization: `Bearer ${token}` };
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Who is signed in (a pasted token first, else the cookie session), and how one may sign in. */
export async function loadSession(): Promise<{ claims: Claims | null; options: SignInOptions }> {
  const response = await fetch('/auth/session', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`The server answered ${response.status} when asked who is signed in`);
  const answer = (await response.json()) as SessionAnswer;
  csrfToken = answer.csrfToken;
  const pasted = currentClaims();
  if (pasted) return { claims: pasted, options: answer.signIn };
  const user = answer.signedIn ? answer.user : null;
  return { claims: user ? { sub: user.sub, name: user.name, roles: knownRoles(user.roles), partnerships: user.partnerships } : null, options: answer.signIn };
}

/** One click as one of the demo's people (development only). */
export async function signInAsDemoPerson(key: string): Promise<void> {
  const response = await fetch('/auth/demo', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona: key }),
  });
  const answer = (await response.json().catch(() => ({}))) as { message?: string; csrfToken?: string };
  if (!response.ok) throw new Error(answer.message ?? `The server answered ${response.status}`);
  csrfToken = answer.csrfToken ?? null;
}

/** Off to the identity provider; it sends the browser back to this page. */
export function signInWithProvider(options: SignInOptions): void {
  if (!options.oidc) return;
  window.location.assign(`${options.oidc.loginUrl}?returnTo=${encodeURIComponent(`/${window.location.hash}`)}`);
}

/** Forgets the pasted token, ends the cookie session, and signs out at the identity provider too. */
export async function signOutEverywhere(): Promise<void> {
  if (storedToken()) {
    signOut();
    return;
  }
  const response = await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: sessionHeaders() });
  csrfToken = null;
  const answer = (await response.json().catch(() => ({}))) as { logoutUrl?: string | null };
  if (answer.logoutUrl) window.location.assign(answer.logoutUrl);
}

export function storedToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function signIn(token: string): Claims {
  const claims = decodeClaims(token.trim());
  sessionStorage.setItem(KEY, token.trim());
  return claims;
}

/** Forgets this tab's sign-in (the server already refused it). */
export function signOut(): void {
  sessionStorage.removeItem(KEY);
  csrfToken = null;
}

const ROLES: Role[] = ['admin', 'coordinator', 'contributor', 'sog', 'auditor'];
const knownRoles = (roles: unknown[]): Role[] => roles.filter((r): r is Role => ROLES.includes(r as Role));

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
    roles: knownRoles(roles),
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

/** Oversight roles read every partnership's plans; a coordinator reads only their own. */
export const mayReadPlansOf = (claims: Claims | null, partnershipId: string): boolean =>
  !!claims && (claims.roles.some((role) => role !== 'coordinator') || claims.partnerships.includes(partnershipId));
