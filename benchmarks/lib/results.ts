import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';

/** One measured figure beside its raw baseline from the same run. */
export interface BenchResult {
  name: string;
  store: string;
  value: number;
  unit: string;
  baseline: number | null;
  /** value / baseline for rates; baseline / value for times (so higher is always better). */
  ratio: number | null;
  /** What the issue asks for, e.g. ">= 0.5x" or "<= 2000 ms". */
  target: string | null;
  met: boolean | null;
}

export class BenchReport {
  readonly results: BenchResult[] = [];

  /** A rate (higher is better) against a raw rate. */
  rate(name: string, store: string, value: number, unit: string, baseline: number | null, minRatio: number | null): void {
    const ratio = baseline ? value / baseline : null;
    this.push({ name, store, value, unit, baseline, ratio, target: minRatio === null ? null : `>= ${minRatio}x`, met: minRatio === null || ratio === null ? null : ratio >= minRatio });
  }

  /** A cost (lower is better) against a limit, and optionally against a raw cost. */
  cost(name: string, store: string, value: number, unit: string, limit: number | null, baseline: number | null = null): void {
    const ratio = baseline ? baseline / value : null;
    this.push({ name, store, value, unit, baseline, ratio, target: limit === null ? null : `<= ${limit} ${unit}`, met: limit === null ? null : value <= limit });
  }

  /** A cost whose ratio to a raw cost is the target (e.g. rebuild vs raw scan >= 0.5x). */
  costRatio(name: string, store: string, value: number, unit: string, baseline: number, minRatio: number): void {
    const ratio = baseline / value;
    this.push({ name, store, value, unit, baseline, ratio, target: `>= ${minRatio}x`, met: ratio >= minRatio });
  }

  private push(result: BenchResult): void {
    const rounded = { ...result, value: round(result.value), baseline: result.baseline === null ? null : round(result.baseline), ratio: result.ratio === null ? null : round(result.ratio) };
    this.results.push(rounded);
    const verdict = rounded.met === null ? '' : rounded.met ? '  met' : '  NOT met';
    const against = rounded.baseline === null ? '' : ` (baseline ${rounded.baseline}, ratio ${rounded.ratio})`;
    console.log(`[bench] ${rounded.name} [${rounded.store}]: ${rounded.value} ${rounded.unit}${against}${rounded.target ? ` target ${rounded.target}` : ''}${verdict}`);
  }

  /**
   * Writes the results as JSON and, for full runs, the Markdown page: the table, then the
   * hand-written reading of it (`notes`, e.g. benchmarks/analysis.md) when given.
   */
  write(jsonFile: string, markdownFile: string | null, context: { mode: string; events: number; reproduce: string; notes?: string }): void {
    mkdirSync(dirname(jsonFile), { recursive: true });
    writeFileSync(jsonFile, `${JSON.stringify(this.results, null, 2)}\n`);
    if (!markdownFile) return;
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    const rows = this.results.map(
      (r) => `| ${r.name} | ${r.store} | ${r.value} ${r.unit} | ${r.baseline ?? '–'} | ${r.ratio ?? '–'} | ${r.target ?? '–'} | ${r.met === null ? '–' : r.met ? 'yes' : '**no**'} |`,
    );
    const text = [
      '# SaferPlan benchmarks',
      '',
      `Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}. Mode: ${context.mode} (${context.events.toLocaleString('en-GB')} events in the national data set).`,
      '',
      `Reproduce: \`${context.reproduce}\`. Every figure is printed beside a raw baseline measured in the same run; ratios are figure / baseline for rates and baseline / figure for times, so higher is always better.`,
      '',
      '| measure | store | value | baseline | ratio | target | met |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      ...(context.notes ? [context.notes.trim(), ''] : []),
    ].join('\n');
    mkdirSync(dirname(markdownFile), { recursive: true });
    writeFileSync(markdownFile, text);
  }
}

function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}
