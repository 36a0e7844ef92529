import type { AppConfig } from '@saferplan/config/app-config';

const HOW_TO =
  'set AUTH_OIDC_ISSUER (e.g. https://login.microsoftonline.com/<tenant id>/v2.0), AUTH_OIDC_CLIENT_ID, AUTH_OIDC_CLIENT_SECRET (confidential clients only) and PUBLIC_URL, and register PUBLIC_URL/auth/callback as the redirect URI (README, "Signing in")';

/** The start-up line that says how people sign in here, and how to configure it when nobody can. */
export function signInSummary(config: Pick<AppConfig, 'authOidcClientId' | 'authOidcIssuer' | 'publicUrl' | 'nodeEnv'>): string {
  if (config.authOidcClientId) return `Browser sign-in through ${config.authOidcIssuer} (redirect URI ${config.publicUrl}/auth/callback)`;
  if (config.nodeEnv !== 'production') return `Browser sign-in: one click as one of the demo's people (development only). For real sign-in, ${HOW_TO}`;
  return `Browser sign-in is not configured, so only bearer tokens are accepted. To let people sign in, ${HOW_TO}`;
}
