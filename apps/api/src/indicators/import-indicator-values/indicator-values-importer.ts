import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@saferplan/config/tokens';
import {
  type IndicatorCommand,
  type IndicatorState,
  indicatorDecider,
  NotFoundError,
  parseFinancialYear,
  periodAsTyped,
  SaferPlanError,
  streams,
} from '@saferplan/domain';
import type { IndicatorView } from '@saferplan/projections';
import type { CommandOptions } from '../../common/command-options';
import { CommandWriter } from '../../common/command-writer';
import { byPlaceInFile, columnLetter, type FileProblem, type Grid, normaliseHeading, readGrids } from '../../common/spreadsheet/spreadsheet-grid';
import type { FileImportRequest } from '../../common/spreadsheet/file-import.input';
import { correctIndicatorValue } from '../correct-indicator-value/correct-indicator-value.command';
import { recordIndicatorValue } from '../record-indicator-value/record-indicator-value.command';
import { setIndicatorTarget } from '../set-indicator-target/set-indicator-target.command';

/** The headings, as police and council analysts' exports have them: one row per indicator and quarter. */
export const INDICATOR_VALUE_COLUMNS = [
  { key: 'indicator', heading: 'Indicator', required: true },
  { key: 'quarter', heading: 'Quarter', required: true },
  { key: 'value', heading: 'Value', required: false },
  { key: 'target', heading: 'Target', required: false },
  { key: 'note', heading: 'Note', required: false },
  { key: 'reason', heading: 'Reason', required: false },
] as const;
type ColumnKey = (typeof INDICATOR_VALUE_COLUMNS)[number]['key'];

export type IndicatorImportProblem = FileProblem;
export type IndicatorImportRequest = FileImportRequest;

export interface IndicatorImportReport {
  dryRun: boolean;
  valid: boolean;
  written: boolean;
  rows: number;
  values: number;
  corrections: number;
  targets: number;
  /** Figures the file repeats exactly as already recorded: nothing to write. */
  alreadyRecorded: number;
  problems: IndicatorImportProblem[];
}

type Row = { sheet: string; row: number; cells: Partial<Record<ColumnKey, string>>; letters: Partial<Record<ColumnKey, string>> };
type Step = { kind: 'value' | 'correction' | 'target'; commandId: string; send: (options: CommandOptions) => Promise<unknown> };

const FIELD_COLUMN: Record<string, ColumnKey> = { quarter: 'quarter', value: 'value', target: 'target', note: 'note', reason: 'reason' };
const sameName = (a: string, b: string) => normaliseHeading(a) === normaliseHeading(b);
// "1,234" and "12.5%" as exported; anything else stays as written so the domain names it.
const figure = (text: string): number => Number(text.replace(/[,\s%£]/g, ''));

/**
 * Imports a year's indicator values and targets for one partnership through the ordinary
 * commands. Like the plan import, every row is decided in memory first (the indicators' own
 * deciders, loaded the one way aggregates load), every problem is reported by sheet, row and
 * column, and nothing is written unless there are none. Command ids derive from the file's
 * content, so sending the same file twice records nothing twice.
 */
@Injectable()
export class IndicatorValuesImporter {
  constructor(
    private readonly writer: CommandWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async import(request: IndicatorImportRequest, options: CommandOptions): Promise<IndicatorImportReport> {
    const financialYear = parseFinancialYear(request.financialYear, 'financialYear');
    const live = this.writer.live();
    if (!live.partnership(request.partnershipId)) throw new NotFoundError('Partnership', request.partnershipId);
    const grids = await readGrids(request.fileName, request.content);
    const problems: IndicatorImportProblem[] = [];
    const rows = rowsOf(grids, problems);
    const batch = createHash('sha256').update(`${request.partnershipId}\n${financialYear}\n`).update(request.content).digest('hex').slice(0, 16);
    const planning = new Planning(this.writer, this.clock.now(), live.indicators({ partnershipId: request.partnershipId, financialYear }), batch, problems);
    for (const row of rows) await planning.row(row);
    problems.sort(byPlaceInFile);
    const valid = problems.length === 0;
    const write = valid && !request.dryRun;
    if (write) for (const step of planning.steps) await step.send({ ...options, commandId: step.commandId });
    const count = (kind: Step['kind']) => planning.steps.filter((step) => step.kind === kind).length;
    return {
      dryRun: request.dryRun,
      valid,
      written: write,
      rows: rows.length,
      values: count('value'),
      corrections: count('correction'),
      targets: count('target'),
      alreadyRecorded: planning.alreadyRecorded,
      problems,
    };
  }
}

/** Rows of every sheet with the Indicator and Quarter headings; other sheets are notes. */
function rowsOf(grids: Grid[], problems: IndicatorImportProblem[]): Row[] {
  const rows: Row[] = [];
  let sheets = 0;
  for (const { sheet, rows: grid } of grids) {
    const headings = (grid[0] ?? []).map((heading) => normaliseHeading(heading ?? ''));
    if (!headings.includes('indicator') || !headings.includes('quarter')) continue;
    sheets++;
    if (!headings.includes('value') && !headings.includes('target')) {
      problems.push({ sheet, row: 1, column: null, heading: 'Value', message: 'row 1 needs a "Value" or a "Target" heading' });
      continue;
    }
    const indexes: Partial<Record<ColumnKey, number>> = {};
    const letters: Partial<Record<ColumnKey, string>> = {};
    for (const column of INDICATOR_VALUE_COLUMNS) {
      const index = headings.indexOf(normaliseHeading(column.heading));
      if (index === -1) continue;
      indexes[column.key] = index;
      letters[column.key] = columnLetter(index + 1);
    }
    grid.slice(1).forEach((cells, offset) => {
      const values: Partial<Record<ColumnKey, string>> = {};
      for (const [key, index] of Object.entries(indexes) as Array<[ColumnKey, number]>) values[key] = (cells[index] ?? '').trim();
      if (Object.values(values).every((value) => value === '')) return;
      rows.push({ sheet, row: offset + 2, cells: values, letters });
    });
  }
  if (sheets === 0) {
    problems.push({ sheet: '', row: 0, column: null, heading: null, message: 'no sheet has "Indicator" and "Quarter" headings in row 1' });
  } else if (rows.length === 0 && problems.length === 0) {
    problems.push({ sheet: grids[0].sheet, row: 0, column: null, heading: null, message: 'the file has no rows of values' });
  }
  return rows;
}

/** The dry run: each row decided against the indicator's state as the rows before it left it. */
class Planning {
  readonly steps: Step[] = [];
  alreadyRecorded = 0;
  private readonly states = new Map<string, IndicatorState>();
  private readonly seen = new Map<string, string>(); // indicator + quarter -> "sheet row N"

  constructor(
    private readonly writer: CommandWriter,
    private readonly now: Date,
    private readonly indicators: IndicatorView[],
    private readonly batch: string,
    readonly problems: IndicatorImportProblem[],
  ) {}

  private problem(row: Row, column: ColumnKey, message: string): void {
    const heading = INDICATOR_VALUE_COLUMNS.find((candidate) => candidate.key === column)!.heading;
    this.problems.push({ sheet: row.sheet, row: row.row, column: row.letters[column] ?? null, heading, message });
  }

  private async stateOf(indicatorId: string): Promise<IndicatorState> {
    let state = this.states.get(indicatorId);
    if (!state) {
      state = (await this.writer.load(streams.indicator(indicatorId), indicatorDecider)).state;
      this.states.set(indicatorId, state);
    }
    return state;
  }

  /** Decides one command in memory; a domain error becomes a problem in its field's column. */
  private decide(row: Row, indicatorId: string, state: IndicatorState, command: Omit<IndicatorCommand, 'metadata'>): boolean {
    try {
      const events = indicatorDecider.decide({ ...command, metadata: { now: this.now, actor: null } } as IndicatorCommand, state);
      this.states.set(indicatorId, events.reduce(indicatorDecider.evolve, state));
      return true;
    } catch (error) {
      if (!(error instanceof SaferPlanError)) throw error;
      const field = 'field' in error ? (error.field as string | undefined) : undefined;
      this.problem(row, FIELD_COLUMN[field ?? ''] ?? 'indicator', error.message);
      return false;
    }
  }

  async row(row: Row): Promise<void> {
    const { cells } = row;
    const named = cells.indicator ?? '';
    const indicator = this.indicators.find((candidate) => candidate.id === named || sameName(candidate.name, named));
    if (!indicator) {
      this.problem(row, 'indicator', named ? `no indicator "${named}" in this partnership's plan for the year: define it first` : 'Indicator is empty');
      return;
    }
    const quarter = periodAsTyped(cells.quarter ?? '');
    const hasValue = (cells.value ?? '') !== '';
    const hasTarget = (cells.target ?? '') !== '';
    if (!hasValue && !hasTarget) {
      this.problem(row, row.letters.value ? 'value' : 'target', 'the row has neither a Value nor a Target');
      return;
    }
    const key = `${indicator.id}\n${quarter}`;
    const earlier = this.seen.get(key);
    if (earlier) {
      this.problem(row, 'quarter', `${indicator.name} ${quarter} is already given on ${earlier}: one row per indicator and quarter`);
      return;
    }
    this.seen.set(key, `${row.sheet} row ${row.row}`);
    const current = indicator.quarters.find((candidate) => candidate.quarter === quarter);
    const id = (kind: string) => `import-${this.batch}-${row.sheet}-${row.row}-${kind}`;
    const indicatorId = indicator.id;
    const note = cells.note ? cells.note : null;

    if (hasTarget) {
      const target = figure(cells.target!);
      const input = { indicatorId, quarter, target };
      if (this.decide(row, indicatorId, await this.stateOf(indicatorId), { type: 'SetIndicatorTarget', data: input })) {
        if (current?.target === target) this.alreadyRecorded++;
        else this.steps.push({ kind: 'target', commandId: id('target'), send: (o) => setIndicatorTarget(this.writer, input, { ...o, input }) });
      }
    }
    if (!hasValue) return;
    const value = figure(cells.value!);
    const state = await this.stateOf(indicatorId);
    if (current?.value != null && state.valueQuarters.includes(quarter)) {
      if (current.value === value && Number.isFinite(value)) {
        this.alreadyRecorded++;
        return;
      }
      if (!cells.reason) {
        this.problem(row, 'value', `${indicator.name} already has ${current.value} for ${quarter}: give a Reason to correct it`);
        return;
      }
      const input = { indicatorId, quarter, value, note, reason: cells.reason };
      if (this.decide(row, indicatorId, state, { type: 'CorrectIndicatorValue', data: input })) {
        this.steps.push({ kind: 'correction', commandId: id('correction'), send: (o) => correctIndicatorValue(this.writer, input, { ...o, input }) });
      }
      return;
    }
    const input = { indicatorId, quarter, value, note };
    if (this.decide(row, indicatorId, state, { type: 'RecordIndicatorValue', data: input })) {
      this.steps.push({ kind: 'value', commandId: id('value'), send: (o) => recordIndicatorValue(this.writer, input, { ...o, input }) });
    }
  }
}
