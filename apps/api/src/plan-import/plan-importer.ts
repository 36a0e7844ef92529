import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type ActionPlanState,
  type ActionState,
  actionDecider,
  actionPlanDecider,
  actionPlanIdFor,
  ConflictError,
  type FundingState,
  fundingDecider,
  NotFoundError,
  parseFinancialYear,
  partnershipDecider,
  SaferPlanError,
  streams,
} from '@saferplan/domain';
import { CommandAlreadyRecordedError, type EventStore, WrongExpectedRevisionError } from '@saferplan/event-store/event-store.port';
import { PlanProjector } from '@saferplan/projections';
import { AggregateRepository } from '../common/aggregate-repository';
import { CommandWriter } from '../common/command-writer';
import { WriteBatch } from '../common/write-batch';
import type { CommandOptions } from '../common/command-options';
import { newId } from '../common/new-id';
import { commandFingerprint, recordedFor } from '../common/command-fingerprint';
import { CLOCK, type Clock, EVENT_STORE } from '@saferplan/config/tokens';
import { createActionPlan } from '../action-plans/create-action-plan/create-action-plan.command';
import { addPriority } from '../action-plans/add-priority/add-priority.command';
import { createAction } from '../actions/create-action/create-action.command';
import { scheduleMilestone } from '../actions/schedule-milestone/schedule-milestone.command';
import { allocateFunding } from '../funding/allocate-funding/allocate-funding.command';
import { PLAN_COLUMNS, type PlanColumnKey } from './plan-columns';
import { byPlaceInFile } from '../common/spreadsheet/spreadsheet-grid';
import type { FileImportRequest } from '../common/spreadsheet/file-import.input';
import { type ImportProblem, type PlanRow, readPlanFile } from './read-plan-file';
import { milestoneEntries } from './reading/milestone-cell';

export interface ImportRequest extends FileImportRequest {
  /** Title for the plan when the import creates it. */
  planTitle?: string | null;
}

export interface ImportReport {
  planId: string;
  dryRun: boolean;
  /** True when the file had no problems (whether or not it was written). */
  valid: boolean;
  written: boolean;
  rows: number;
  /** Records the import creates (or, on a dry run, would create). */
  planCreated: boolean;
  priorities: number;
  actions: number;
  milestones: number;
  allocations: number;
  /** Steps skipped because an earlier run of the same file already recorded them. */
  alreadyRecorded: number;
  problems: ImportProblem[];
  /**
   * What is allowed but likely a mistake, by sheet, row and column: an action the plan already
   * has under the same priority, a funding source that names no recorded source. They never
   * stop an import.
   */
  warnings: ImportProblem[];
}

/** One command to send once the whole file is known to be valid. */
interface Step {
  kind: 'plan' | 'priority' | 'action' | 'milestone' | 'allocation';
  commandId: string;
  /** What the step sends, hashed into its command's fingerprint as a resolver's input is. */
  input: object;
  /** Sends the step's command through its use case's glue, on the import's batch writer. */
  send(writer: CommandWriter, options: CommandOptions): Promise<unknown>;
}

const YES = ['yes', 'y', 'true', '1', 'statutory'];
const NO = ['no', 'n', 'false', '0', ''];
const sameText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const digest = (text: string | Buffer, length: number): string => createHash('sha256').update(text).digest('hex').slice(0, length);

/**
 * Imports an action plan from a spreadsheet through the ordinary commands. Every row is first
 * decided against in-memory state (the plan, each action, each funding source, loaded the one way
 * aggregates are loaded), so every problem in the file is found before anything is written, and
 * nothing is written unless there are none. Then every step is decided again through its use
 * case's glue into one batch, written all or nothing (EventStore.appendAll): a failure halfway,
 * a store error or a record changed meanwhile, leaves no plan, priority or action behind.
 * Command ids derive from the file's content, so importing the same file again records nothing twice.
 */
@Injectable()
export class PlanImporter {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly writer: CommandWriter,
    private readonly projector: PlanProjector,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async import(request: ImportRequest, options: CommandOptions): Promise<ImportReport> {
    const financialYear = parseFinancialYear(request.financialYear, 'financialYear');
    const partnership = await this.aggregates.load(streams.partnership(request.partnershipId), partnershipDecider);
    if (!partnership.state.exists) throw new NotFoundError('Partnership', request.partnershipId);
    const file = await readPlanFile(request.fileName, request.content);
    const batch = digest(`${request.partnershipId}\n${financialYear}\n${digest(request.content, 64)}`, 16);
    const planning = new ImportPlanning(this, request, financialYear, batch, file.problems);
    const planId = await planning.plan(file.rows, partnership.state.kind!);
    const problems = planning.problems.sort(byPlaceInFile);
    const valid = problems.length === 0;
    const write = valid && !request.dryRun;
    if (write) await this.writeAll(planning.steps, options);
    const count = (kind: Step['kind']) => planning.steps.filter((step) => step.kind === kind).length;
    return {
      planId,
      dryRun: request.dryRun,
      valid,
      written: write,
      rows: file.rows.length,
      planCreated: count('plan') === 1,
      priorities: count('priority'),
      actions: count('action'),
      milestones: count('milestone'),
      allocations: count('allocation'),
      alreadyRecorded: planning.alreadyRecorded,
      problems,
      warnings: planning.warnings.sort(byPlaceInFile),
    };
  }

  private async writeAll(steps: Step[], options: CommandOptions): Promise<void> {
    const batch = new WriteBatch();
    const writer = this.writer.inBatch(batch);
    for (const step of steps) await step.send(writer, { ...options, commandId: step.commandId, input: step.input });
    try {
      await this.aggregates.commit(batch);
    } catch (error) {
      if (error instanceof CommandAlreadyRecordedError || error instanceof WrongExpectedRevisionError) {
        throw new ConflictError('Records this file imports changed while it was being imported (another import of it, or an edit); nothing was imported: import the file again');
      }
      throw error;
    }
  }

  /** @internal what ImportPlanning needs from the application. */
  get deps() {
    return { aggregates: this.aggregates, writer: this.writer, projector: this.projector, store: this.store, clock: this.clock };
  }
}

/** The dry run every import starts with: decides each row's commands in memory, collecting steps and problems. */
class ImportPlanning {
  readonly steps: Step[] = [];
  readonly warnings: ImportProblem[] = [];
  alreadyRecorded = 0;
  /** Actions the file creates, by priority id and title, with the row that first has them. */
  private readonly actionsInFile = new Map<string, number>();
  private readonly fundingStates = new Map<string, FundingState>();
  private readonly now: Date;

  constructor(
    private readonly importer: PlanImporter,
    private readonly request: ImportRequest,
    private readonly financialYear: string,
    private readonly batch: string,
    readonly problems: ImportProblem[],
  ) {
    this.now = importer.deps.clock.now();
  }

  private commandId(key: string): string {
    return `import-${this.batch}-${key}`;
  }

  /**
   * True when an earlier run of this file recorded the command; such a step is skipped. An id
   * recorded for any other change (claimed before import ids were reserved) stops the whole
   * import before anything is written, rather than leaving a plan with steps missing.
   */
  private async recorded(commandId: string, commandType: string, streamId: string, input: object): Promise<boolean> {
    const earlier = await this.importer.deps.store.findCommand(commandId);
    if (!earlier) return false;
    if (!recordedFor(earlier, streamId, commandFingerprint(commandType, streamId, input))) {
      throw new ConflictError(`commandId ${commandId} of this import was already used for a different change; nothing was imported`, 'commandId');
    }
    this.alreadyRecorded++;
    return true;
  }

  private problem(row: PlanRow, column: PlanColumnKey, message: string, into: ImportProblem[] = this.problems): void {
    const heading = PLAN_COLUMNS.find((candidate) => candidate.key === column)!.heading;
    into.push({ sheet: row.sheet, row: row.row, column: row.letters[column], heading, message });
  }

  private warning(row: PlanRow, column: PlanColumnKey, message: string): void {
    this.problem(row, column, message, this.warnings);
  }

  /** Runs `decide`, turning a domain error into a problem in the column its field lives in. */
  private attempt<T>(row: PlanRow, columnOf: (field: string | undefined) => PlanColumnKey, decide: () => T, prefix = ''): T | null {
    try {
      return decide();
    } catch (error) {
      if (!(error instanceof SaferPlanError)) throw error;
      const field = 'field' in error ? (error.field as string | undefined) : undefined;
      const column = columnOf(field);
      this.problem(row, column, `${prefix}${inWords(error.message, field, column)}`);
      return null;
    }
  }

  async plan(rows: PlanRow[], partnershipKind: NonNullable<ActionPlanState['partnershipKind']>): Promise<string> {
    const { aggregates } = this.importer.deps;
    const { partnershipId } = this.request;
    const planId = actionPlanIdFor(partnershipId, this.financialYear);
    let plan = (await aggregates.load(streams.actionPlan(planId), actionPlanDecider)).state;
    const meta = { now: this.now, actor: null };

    if (!plan.exists) {
      const commandId = this.commandId('plan');
      const input = {
        partnershipId,
        financialYear: this.financialYear,
        title: this.request.planTitle?.trim() || `Action plan ${this.financialYear}`,
      };
      const events = actionPlanDecider.decide(
        { type: 'CreateActionPlan', data: { planId, partnership: { partnershipId, kind: partnershipKind, exists: true }, financialYear: this.financialYear, title: input.title }, metadata: meta },
        plan,
      );
      plan = events.reduce(actionPlanDecider.evolve, plan);
      if (!(await this.recorded(commandId, 'CreateActionPlan', streams.actionPlan(planId), input))) {
        this.steps.push({ kind: 'plan', commandId, input, send: (writer, options) => createActionPlan(writer, input, options) });
      }
    }

    const priorityIdByTitle = new Map<string, { id: string; statutory: boolean; firstRow: number } | null>();
    for (const row of rows) {
      const statutory = this.statutoryOf(row);
      const title = row.cells.priority;
      const key = title.trim().toLowerCase();
      let priority = priorityIdByTitle.get(key);
      if (priority === undefined) {
        priority = await this.priorityFor(row, title, statutory ?? false, plan, (next) => (plan = next));
        if (key !== '') priorityIdByTitle.set(key, priority); // a blank priority is reported on every row
      } else if (priority && statutory !== null && statutory !== priority.statutory) {
        this.problem(row, 'statutory', `Statutory must be the same on every row of a priority (row ${priority.firstRow} says ${priority.statutory ? 'Yes' : 'No'})`);
      }
      if (!row.priorityOnly) await this.actionFor(row, plan, priority?.id ?? null);
    }
    return planId;
  }

  private statutoryOf(row: PlanRow): boolean | null {
    const text = row.cells.statutory.toLowerCase();
    if (YES.includes(text)) return true;
    if (NO.includes(text)) return text === '' ? null : false;
    this.problem(row, 'statutory', `Statutory must be Yes or No, not "${row.cells.statutory}"`);
    return null;
  }

  private async priorityFor(
    row: PlanRow,
    title: string,
    statutory: boolean,
    plan: ActionPlanState,
    setPlan: (plan: ActionPlanState) => void,
  ): Promise<{ id: string; statutory: boolean; firstRow: number } | null> {
    const existing = plan.priorities.find((priority) => sameText(priority.title, title));
    if (existing) return { id: existing.id, statutory: existing.statutory, firstRow: row.row };
    const commandId = this.commandId(`priority-${digest(title.trim().toLowerCase(), 16)}`);
    const priorityId = newId('priority', commandId);
    const events = this.attempt(row, () => 'priority', () =>
      actionPlanDecider.decide({ type: 'AddPriority', data: { planId: plan.planId!, priorityId, title, statutory }, metadata: { now: this.now } }, plan),
    );
    if (!events) return null;
    setPlan(events.reduce(actionPlanDecider.evolve, plan));
    const input = { planId: plan.planId!, title, statutory };
    if (!(await this.recorded(commandId, 'AddPriority', streams.actionPlan(plan.planId!), input))) {
      this.steps.push({ kind: 'priority', commandId, input, send: (writer, options) => addPriority(writer, input, options) });
    }
    return { id: priorityId, statutory, firstRow: row.row };
  }

  private budgetOf(row: PlanRow): number | null | undefined {
    const text = row.cells.budget.replace(/^£/, '').replace(/,/g, '').trim();
    if (text === '') return null;
    const value = Number(text);
    if (!/^-?\d+(\.\d+)?$/.test(text) || !Number.isFinite(value)) {
      this.problem(row, 'budget', `Budget must be an amount in pounds such as 4500 or 4,500.50, not "${row.cells.budget}"`);
      return undefined;
    }
    return value;
  }

  private async actionFor(row: PlanRow, plan: ActionPlanState, priorityId: string | null): Promise<void> {
    const { aggregates } = this.importer.deps;
    const rowKey = `${digest(row.sheet, 8)}-r${row.row}`;
    const commandId = this.commandId(`${rowKey}-action`);
    const actionId = newId('action', commandId);
    const budget = this.budgetOf(row);
    const input = {
      planId: plan.planId!,
      priorityId: priorityId ?? '(invalid priority)',
      title: row.cells.action,
      leadAgency: row.cells.leadAgency,
      leadOfficer: row.cells.leadOfficer || null,
      fundingSource: row.cells.fundingSource || null,
      budget: budget ?? null,
    };
    const planFacts = {
      planId: plan.planId!,
      exists: true,
      partnershipId: this.request.partnershipId,
      financialYear: this.financialYear,
      // The row's own priority counts as known even when it was refused, so its other cells are still checked.
      priorityIds: [...plan.priorities.map((priority) => priority.id), input.priorityId],
    };
    let action: ActionState = (await aggregates.load(streams.action(actionId), actionDecider)).state;
    const created = (await this.recorded(commandId, 'CreateAction', streams.action(actionId), input))
      ? []
      : this.attempt(row, (field) => ACTION_COLUMNS[field ?? ''] ?? 'action', () =>
          actionDecider.decide({ type: 'CreateAction', data: { actionId, plan: planFacts, ...input }, metadata: { now: this.now } }, action),
        );
    if (created && created.length > 0) {
      if (priorityId) this.warnIfDuplicate(row, priorityId, input.title);
      this.steps.push({ kind: 'action', commandId, input, send: (writer, options) => createAction(writer, input, options) });
    }
    // Checked against the action as it would be once created, even if this row's action was refused.
    const assumed = created && created.length > 0 ? created : [{ type: 'ActionCreated' as const, data: { actionId, ...input, partnershipId: planFacts.partnershipId, financialYear: this.financialYear, leadOfficer: null, fundingSource: null, budget: null } }];
    if (!action.exists) action = assumed.reduce(actionDecider.evolve, action);

    await this.milestonesFor(row, rowKey, actionId, action);
    if (input.fundingSource) await this.allocationFor(row, rowKey, actionId, input.fundingSource, budget ?? null);
  }

  /** The plan (or an earlier row of the file) already has an action of this title under this priority. */
  private warnIfDuplicate(row: PlanRow, priorityId: string, title: string): void {
    const { queries } = this.importer.deps.projector;
    const key = `${priorityId}\n${title.trim().toLowerCase()}`;
    const earlierRow = this.actionsInFile.get(key);
    const recorded = (queries.priority(priorityId)?.actionIds ?? [])
      .map((id) => queries.action(id))
      .find((existing) => existing && sameText(existing.title, title));
    if (recorded) {
      this.warning(row, 'action', `the plan already has the action "${recorded.title}" under this priority: importing adds it again`);
    } else if (earlierRow !== undefined) {
      this.warning(row, 'action', `row ${earlierRow} already has the action "${title}" under this priority: importing adds it twice`);
    }
    if (earlierRow === undefined) this.actionsInFile.set(key, row.row);
  }

  private async milestonesFor(row: PlanRow, rowKey: string, actionId: string, action: ActionState): Promise<void> {
    let state = action;
    for (const [index, { entry, title, dueQuarter }] of milestoneEntries(row.cells.milestones).entries()) {
      const label = `milestone ${index + 1} ("${entry}"): `;
      if (title === null) {
        this.problem(row, 'milestones', `${label}write it as title|due quarter, e.g. "Group established|2017/18 Q1"`);
        continue;
      }
      const commandId = this.commandId(`${rowKey}-milestone-${index + 1}`);
      const milestoneId = newId('milestone', commandId);
      const input = { actionId, title, dueQuarter };
      if (await this.recorded(commandId, 'ScheduleMilestone', streams.action(actionId), input)) continue;
      const events = this.attempt(row, () => 'milestones', () =>
        actionDecider.decide({ type: 'ScheduleMilestone', data: { actionId, milestoneId, title, dueQuarter }, metadata: { now: this.now } }, state),
        label,
      );
      if (!events) continue;
      state = events.reduce(actionDecider.evolve, state);
      this.steps.push({ kind: 'milestone', commandId, input, send: (writer, options) => scheduleMilestone(writer, input, options) });
    }
  }

  private async allocationFor(row: PlanRow, rowKey: string, actionId: string, sourceName: string, amount: number | null): Promise<void> {
    const { projector, aggregates } = this.importer.deps;
    const { partnershipId } = this.request;
    const recorded = projector.queries
      .fundingSources({ partnershipId, financialYear: this.financialYear })
      .filter((candidate) => candidate.recipientPartnershipId === partnershipId);
    const source = recorded.find((candidate) => sameText(candidate.name, sourceName));
    if (!source) {
      // Free text is allowed (the action records where its money comes from), but often a typo.
      const known = recorded.map((candidate) => `"${candidate.name}"`).join(', ');
      this.warning(
        row,
        'fundingSource',
        `"${sourceName}" matches no funding source recorded for this partnership in ${this.financialYear} (${known ? `recorded: ${known}` : 'none is recorded'}): the action keeps the name, and no money is allocated`,
      );
      return;
    }
    if (amount === null) return;
    const commandId = this.commandId(`${rowKey}-allocation`);
    const input = { fundingSourceId: source.id, actionId, amount };
    if (await this.recorded(commandId, 'AllocateFunding', streams.fundingSource(source.id), input)) return;
    let state = this.fundingStates.get(source.id) ?? (await aggregates.load(streams.fundingSource(source.id), fundingDecider)).state;
    const facts = { actionId, exists: true, partnershipId, financialYear: this.financialYear, status: 'open' as const };
    const events = this.attempt(row, () => 'budget', () =>
      fundingDecider.decide({ type: 'AllocateFunding', data: { fundingSourceId: source.id, action: facts, amount }, metadata: { now: this.now } }, state),
      `allocation from "${source.name}": `,
    );
    if (!events) return;
    state = events.reduce(fundingDecider.evolve, state);
    this.fundingStates.set(source.id, state);
    this.steps.push({ kind: 'allocation', commandId, input, send: (writer, options) => allocateFunding(writer, input, options) });
  }
}

const ACTION_COLUMNS: Record<string, PlanColumnKey> = {
  title: 'action',
  leadAgency: 'leadAgency',
  leadOfficer: 'leadOfficer',
  fundingSource: 'fundingSource',
  budget: 'budget',
};

/** Inside a milestones cell the domain's fields are parts of an entry, not columns. */
const MILESTONE_WORDS: Record<string, string> = { title: 'the title', dueQuarter: 'the due quarter' };

/**
 * A domain message names the command's field ("leadAgency is required"); a person reading
 * the report knows the file's columns, so a message that starts with the field starts with
 * the column's heading (or, in a milestones cell, the part of the entry) instead.
 */
function inWords(message: string, field: string | undefined, column: PlanColumnKey): string {
  if (!field || !message.startsWith(field) || /\w/.test(message.charAt(field.length))) return message;
  const words = column === 'milestones' ? MILESTONE_WORDS[field] : PLAN_COLUMNS.find((candidate) => candidate.key === column)?.heading;
  return words ? `${words}${message.slice(field.length)}` : message;
}
