import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { CqrsModule } from '@nestjs/cqrs';
import type { PlanQueries } from '@saferplan/projections';
import { PlanProjector } from '@saferplan/projections';
import { type EventStore, SqliteEventStore } from '@saferplan/event-store';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import { decideAccessIn } from '../../auth/access-policy';
import type { Role } from '@saferplan/identity/tokens';
import { AggregateRepository } from '../../common/aggregate-repository';
import { CommandWriter, ExecuteDomainCommandHandler } from '../../common/command-writer';
import { CLOCK, EVENT_STORE } from '@saferplan/config/tokens';
import type { AnyUseCase } from '../use-case';

export const SLICE_NOW = new Date('2017-09-04T10:00:00Z');

/**
 * A use case's write path for its spec: the real bus, the one handler and the repository over a
 * fresh SQLite store, with the read model stood in for (nothing waits on it). `given` appends the
 * events a case starts from; `recorded` is what the use case added after them.
 */
export class UseCaseHarness {
  private constructor(
    readonly writer: CommandWriter,
    private readonly store: EventStore,
    private readonly dataDir: string,
    private readonly close: () => Promise<void>,
  ) {}

  /** `live` stands in for the read model's answers, for use cases that look records up in it. */
  static async start(live: Partial<PlanQueries> = {}): Promise<UseCaseHarness> {
    const dataDir = mkdtempSync(join(tmpdir(), 'saferplan-slice-'));
    const store = await SqliteEventStore.open({ dataDir });
    const module = await Test.createTestingModule({
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: EVENT_STORE, useValue: store },
        { provide: CLOCK, useValue: { now: () => SLICE_NOW } },
        { provide: PlanProjector, useValue: { waitFor: async () => undefined, waitForOwn: async () => 'current', queries: live } },
        AggregateRepository,
        ExecuteDomainCommandHandler,
        CommandWriter,
      ],
    }).compile();
    await module.init();
    return new UseCaseHarness(module.get(CommandWriter), store, dataDir, () => module.close());
  }

  private seen = 0;

  async given(streamId: string, events: Array<{ type: string; data: object }>): Promise<void> {
    const existing = await this.store.readStream(streamId);
    await this.store.append(
      streamId,
      events.map((event) => ({ ...event, schemaVersion: 1 })),
      { expectedRevision: existing.length === 0 ? 'no_stream' : existing.length - 1, recordedAt: SLICE_NOW },
    );
    this.seen = await this.store.headPosition();
  }

  /** The events written since the last `given` (or the last call), as type and data. */
  async recorded(): Promise<Array<Pick<RecordedEvent, 'type' | 'data'>>> {
    const events = await this.store.readAll({ after: this.seen });
    if (events.length > 0) this.seen = events[events.length - 1].position;
    return events.map(({ type, data }) => ({ type, data }));
  }

  async stop(): Promise<void> {
    await this.close();
    await this.store.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** The partnership, plan and priority most action specs start from. */
export async function givenPlan(harness: UseCaseHarness): Promise<void> {
  await harness.given('partnership-nwl', [
    { type: 'PartnershipRegistered', data: { partnershipId: 'nwl', name: 'North West Leicestershire CSP', kind: 'COMMUNITY_SAFETY_PARTNERSHIP' } },
  ]);
  await harness.given('actionplan-plan1', [
    {
      type: 'ActionPlanCreated',
      data: { planId: 'plan1', partnershipId: 'nwl', partnershipKind: 'COMMUNITY_SAFETY_PARTNERSHIP', financialYear: '2017/18', title: 'NWL 2017/18' },
    },
    { type: 'PriorityAdded', data: { planId: 'plan1', priorityId: 'asb', title: 'Tackling anti-social behaviour', statutory: false } },
  ]);
}

/** An action of plan1 (partnership nwl) with no milestones or updates yet. */
export async function givenAction(harness: UseCaseHarness, actionId = 'a1'): Promise<void> {
  await givenPlan(harness);
  await harness.given(`action-${actionId}`, [
    {
      type: 'ActionCreated',
      data: {
        actionId, planId: 'plan1', partnershipId: 'nwl', priorityId: 'asb', financialYear: '2017/18',
        title: 'Street-based ASB patrols', leadAgency: 'Leicestershire Police', leadOfficer: null, fundingSource: null, budget: null,
      },
    },
  ]);
}

/** A1's action plus funding source f1 (the PCC's Locality Fund for nwl), then any later funding events. */
export async function givenFundingSource(harness: UseCaseHarness, ...later: Array<{ type: string; data: object }>): Promise<void> {
  await givenAction(harness);
  await harness.given('fundingsource-f1', [
    {
      type: 'FundingSourceRegistered',
      data: { fundingSourceId: 'f1', name: 'Locality Fund', funderPartnershipId: 'pcc', recipientPartnershipId: 'nwl', financialYear: '2017/18', amount: 25000 },
    },
    ...later,
  ]);
}

/** Plan1's indicator i1 (nwl's ASB reports, lower is better, 5% tolerance), then any later indicator events. */
export async function givenIndicator(harness: UseCaseHarness, ...later: Array<{ type: string; data: object }>): Promise<void> {
  await givenPlan(harness);
  await harness.given('indicator-i1', [
    {
      type: 'IndicatorDefined',
      data: {
        indicatorId: 'i1', planId: 'plan1', partnershipId: 'nwl', financialYear: '2017/18', priorityId: 'asb', name: 'ASB reports',
        unit: 'COUNT', polarity: 'LOWER_IS_BETTER', baseline: 2100, source: 'Leicestershire Police', amberTolerancePercent: 5, aggregation: null,
      },
    },
    ...later,
  ]);
}

/** Who may run a use case, for a coordinator of `nwl` against one whose partnerships are elsewhere. */
export function accessOf(useCase: AnyUseCase, roles: readonly Role[], partnerships: readonly string[], args: Record<string, any>) {
  const live = {
    partnership: (id: string) => (id === 'nwl' ? { id } : undefined),
    actionPlan: (id: string) => (id === 'plan1' ? { partnershipId: 'nwl' } : undefined),
    priority: (id: string) => (id === 'asb' ? { partnershipId: 'nwl' } : undefined),
    action: (id: string) => (id === 'a1' ? { partnershipId: 'nwl' } : undefined),
    fundingSource: () => undefined,
    indicator: (id: string) => (id === 'i1' ? { partnershipId: 'nwl' } : undefined),
  } as unknown as PlanQueries;
  return decideAccessIn({ [useCase.mutation]: useCase.access }, useCase.mutation, { roles, partnerships }, args, live).allowed;
}
