import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '@saferplan/config/app-config';
import { openCliContext } from '../../../apps/cli/src/cli-context';
import { runRebuild } from '../../../apps/cli/src/commands/rebuild.command';
import { type Answer, CHAOS_SECRET } from './chaos-server';

/** CHAOS_LONG=1: the long form (more rounds, longer loads, 30 s transactions); else CI's short form. */
export const CHAOS_LONG = process.env.CHAOS_LONG === '1';

export const chaos = {
  rounds: CHAOS_LONG ? 5 : 1,
  loadMs: CHAOS_LONG ? 3000 : 800,
  holdMs: CHAOS_LONG ? 30_000 : 2000,
  writers: CHAOS_LONG ? 8 : 4,
  timeoutMs: CHAOS_LONG ? 15 * 60_000 : 90_000,
};

const SCHEDULE = `mutation($i: ScheduleMilestoneInput!) { scheduleMilestone(input: $i) { id title } }`;
const MILESTONES = `query($id: ID!) { action(id: $id) { milestones { id title } } }`;

/** A server spoken to over GraphQL: a ChaosServer process, or an in-process ApiHarness. */
export interface GraphQLTarget {
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<Answer<T>>;
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface Acknowledged {
  actionId: string;
  milestoneId: string;
  title: string;
}

/** One action per writer (so writers never contend for a record), created through the API. */
export async function givenActions(server: GraphQLTarget, count: number, name = 'Melton'): Promise<string[]> {
  const { registerPartnership: partnership } = await server.ok(
    `mutation($i: RegisterPartnershipInput!) { registerPartnership(input: $i) { id } }`,
    { i: { name: `${name} Community Safety Partnership`, kind: 'COMMUNITY_SAFETY_PARTNERSHIP' } },
  );
  const { createActionPlan: plan } = await server.ok(`mutation($i: CreateActionPlanInput!) { createActionPlan(input: $i) { id } }`, {
    i: { partnershipId: partnership.id, financialYear: '2017/18', title: `${name} plan` },
  });
  const { addPriority: priority } = await server.ok(`mutation($i: AddPriorityInput!) { addPriority(input: $i) { id } }`, {
    i: { planId: plan.id, title: 'Reducing anti-social behaviour', statutory: false },
  });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { createAction } = await server.ok(`mutation($i: CreateActionInput!) { createAction(input: $i) { id } }`, {
      i: { planId: plan.id, priorityId: priority.id, title: `Action ${i + 1}`, leadAgency: 'Police', leadOfficer: null },
    });
    ids.push(createAction.id);
  }
  return ids;
}

/**
 * Writers scheduling milestones as fast as the server answers, one action each, spread over
 * `servers` in turn. Only a 200 answer without errors counts as acknowledged; a request the
 * server never answered (it was killed) does not. Answers with errors are kept for the spec.
 */
export class WriteLoad {
  readonly acknowledged: Acknowledged[] = [];
  readonly refusals: string[] = [];
  private running = true;
  private readonly done: Promise<void[]>;

  constructor(servers: () => GraphQLTarget[], actionIds: string[], label: string) {
    this.done = Promise.all(actionIds.map((actionId, w) => this.writer(servers, actionId, `${label} w${w}`)));
  }

  private async writer(servers: () => GraphQLTarget[], actionId: string, label: string): Promise<void> {
    for (let i = 0; this.running; i++) {
      const list = servers();
      const server = list[i % list.length];
      const title = `${label} #${i}`;
      try {
        const answer = await server.gql(SCHEDULE, { i: { actionId, title, dueQuarter: '2017/18 Q4' } });
        if (answer.status === 200 && !answer.errors?.length) this.acknowledged.push({ actionId, milestoneId: answer.data.scheduleMilestone.id, title });
        else this.refusals.push(`${answer.status} ${answer.errors?.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`);
      } catch {
        await sleep(20); // no answer: the server is down; not acknowledged
      }
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.done;
  }
}

/** Every acknowledged milestone is on its action, once, as `server` answers now. */
export async function expectAcknowledgedPresent(server: GraphQLTarget, acknowledged: Acknowledged[]): Promise<void> {
  const byAction = new Map<string, Acknowledged[]>();
  for (const ack of acknowledged) byAction.set(ack.actionId, [...(byAction.get(ack.actionId) ?? []), ack]);
  const missing: Acknowledged[] = [];
  const repeated: string[] = [];
  for (const [actionId, acks] of byAction) {
    const milestones: Array<{ id: string; title: string }> = (await server.ok(MILESTONES, { id: actionId })).action.milestones;
    const ids = new Set(milestones.map((m) => m.id));
    missing.push(...acks.filter((ack) => !ids.has(ack.milestoneId)));
    const titles = milestones.map((m) => m.title);
    repeated.push(...titles.filter((title, i) => titles.indexOf(title) !== i));
  }
  expect({ missing, repeated }).toEqual({ missing: [], repeated: [] });
}

/** The configuration the chaos servers run with, for opening the same store in this process. */
export function chaosConfig(options: { dataDir: string; store: 'sqlite' | 'postgres'; databaseSchema?: string }) {
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: options.dataDir,
    EVENT_STORE: options.store,
    AUTH_JWT_SECRET: CHAOS_SECRET,
    ...(options.store === 'postgres' ? { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: options.databaseSchema } : {}),
  });
}

/**
 * The CLI's `rebuild` over the same store: the saved read model, caught up on the log, must equal
 * a fold of the whole log. On SQLite, run it with no server on the data folder.
 */
export async function expectRebuildIdentical(config: ReturnType<typeof chaosConfig>): Promise<void> {
  const lines: string[] = [];
  const context = await openCliContext(config);
  try {
    const identical = await runRebuild(context, { out: (text) => lines.push(text), err: (text) => lines.push(text) });
    expect({ identical, report: lines }).toEqual({ identical: true, report: [expect.stringContaining('identical to the incremental read model')] });
  } finally {
    await context.close();
  }
}
