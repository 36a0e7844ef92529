import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestAccount {
  name: string;
  email?: string;
  email_verified?: boolean;
  roles?: string[];
  partnerships?: string[];
}

export interface TestClient {
  client_id: string;
  client_secret?: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
  token_endpoint_auth_method?: 'client_secret_basic' | 'client_secret_post' | 'none';
}

/**
 * A real OpenID Provider (oidc-provider, certified) in a child process on a free loopback port.
 * Its login form takes any account id from `accounts` as the login, with any password.
 */
export class OpenIdProvider {
  private constructor(
    readonly issuer: string,
    private readonly child: ChildProcess,
    private readonly accountsFile: string,
  ) {}

  /** Replaces the accounts the login form knows (read at each sign-in). */
  setAccounts(accounts: Record<string, TestAccount>): void {
    writeFileSync(this.accountsFile, JSON.stringify(accounts));
  }

  static async start(settings: { clients: TestClient[]; accounts: Record<string, TestAccount> }): Promise<OpenIdProvider> {
    const clients = settings.clients.map((client) => ({
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: client.client_secret ? 'client_secret_basic' : 'none',
      ...client,
    }));
    const accountsFile = join(mkdtempSync(join(tmpdir(), 'saferplan-op-')), 'accounts.json');
    writeFileSync(accountsFile, JSON.stringify(settings.accounts));
    const child = spawn(process.execPath, [join(__dirname, 'openid-provider.mjs')], {
      env: { ...process.env, OIDC_TEST_SETTINGS: JSON.stringify({ clients, accountsFile }), DEBUG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr!.on('data', (chunk) => (errors += String(chunk)));
    const issuer = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk) => {
        out += String(chunk);
        const line = out.split('\n')[0];
        if (out.includes('\n')) resolve((JSON.parse(line) as { issuer: string }).issuer);
      });
      child.once('exit', (code) => reject(new Error(`the OpenID Provider exited (${code}) before it was ready: ${errors}`)));
    });
    return new OpenIdProvider(issuer, child, accountsFile);
  }

  async stop(): Promise<void> {
    rmSync(join(this.accountsFile, '..'), { recursive: true, force: true });
    if (this.child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill('SIGTERM');
    });
  }
}
