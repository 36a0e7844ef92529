import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { type KeyObject, createPublicKey } from 'node:crypto';
import { TreeHeadJournal, isTreeHeadSigned, loadSigningKey, parseHeadsJsonl, publicKeyFromText, verifyAgainstHeads } from '@saferplan/event-store';
import { type WitnessOptions, auditEverything } from '@saferplan/event-store/audit/audit-checks';
import { type CliContext, type CliOutput, processOutput, withCliContext } from '../cli-context';

/**
 * The trusted key, and where signing began as the server's own journalled heads record it (only
 * heads that key signed count, so an edited journal cannot move the start later).
 */
export function witnessOptions(context: CliContext, publicKey: KeyObject): WitnessOptions {
  // Heads repeat one start: one verified head per distinct value is enough.
  const trusted = new Set<number>();
  for (const head of new TreeHeadJournal(context.config.dataDir).all()) {
    if (typeof head.signedFrom === 'number' && !trusted.has(head.signedFrom) && isTreeHeadSigned(head, publicKey)) trusted.add(head.signedFrom);
  }
  return { witnessKeys: [publicKey], signedFrom: trusted.size === 0 ? null : Math.min(...trusted) };
}

/** Recomputes every hash chain and quarter seal and checks the server's signature on every event since signing began; false when anything is broken. */
export async function runVerify(context: CliContext, io: CliOutput, publicKey: KeyObject = trustedKey(context, undefined)): Promise<boolean> {
  const result = await auditEverything(context.store, witnessOptions(context, publicKey));
  if (result.ok) {
    io.out(`Audit trail intact: ${result.eventsChecked} events checked, every hash chain, server signature and quarter seal verified.`);
    return true;
  }
  io.out(`Audit trail BROKEN: ${result.eventsChecked} events checked, ${result.problems.length} problem(s):`);
  for (const problem of result.problems) io.out(`  ${problem.streamId} at position ${problem.position}: ${problem.reason}`);
  return false;
}

/**
 * Checks the store against tree heads published earlier (`audit heads` output). The public key
 * comes from --public-key when the auditor has it from a board pack or the server's start-up
 * line, else from the configured signing key.
 */
export async function runVerifyHeads(context: CliContext, headsText: string, publicKey: KeyObject, io: CliOutput): Promise<boolean> {
  const result = await verifyAgainstHeads(context.store, parseHeadsJsonl(headsText), publicKey);
  if (result.ok) {
    const latest = result.latestConsistent;
    io.out(
      `Published heads hold: ${result.headsChecked} signed head(s) checked against ${result.eventsInStore} events` +
        (latest ? `; the store extends the head of ${latest.treeSize} events signed ${latest.timestamp}.` : '.'),
    );
    return true;
  }
  io.out(
    `Published heads BROKEN: ${result.problems.length} of ${result.headsChecked} head(s) fail and ${result.eventProblems.length} event(s) lack the server's signature, against ${result.eventsInStore} events:`,
  );
  for (const problem of result.problems) io.out(`  head of ${problem.treeSize} events signed ${problem.timestamp}: ${problem.reason}`);
  for (const problem of result.eventProblems) io.out(`  ${problem.streamId} at position ${problem.position}: ${problem.reason}`);
  return false;
}

export function trustedKey(context: CliContext, publicKeyOption: string | undefined): KeyObject {
  if (publicKeyOption) return publicKeyFromText(publicKeyOption);
  return createPublicKey(loadSigningKey({ keyFile: context.config.auditSigningKeyFile, dataDir: context.config.dataDir, production: context.config.nodeEnv === 'production' }));
}

export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('recompute every hash chain and quarter seal; with --heads, check the store against published tree heads; exits 1 when anything was altered')
    .option('--heads <file>', 'JSON lines of signed tree heads, as `audit heads` prints them')
    .option('--public-key <key>', 'the audit public key (base64 SPKI or PEM) the heads must be signed with')
    .action(async (options: { heads?: string; publicKey?: string }) => {
      const ok = await withCliContext(async (context) => {
        const publicKey = trustedKey(context, options.publicKey);
        const chains = await runVerify(context, processOutput, publicKey);
        if (!options.heads) return chains;
        const heads = await runVerifyHeads(context, readFileSync(options.heads, 'utf8'), publicKey, processOutput);
        return chains && heads;
      });
      if (!ok) process.exitCode = 1;
    });
}
