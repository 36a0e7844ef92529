import { PlanProjector } from '@saferplan/projections';
import { BenchData, startBenchApp } from './lib/bench-app';
import { generateDataset, QUICK } from './lib/national-dataset';

/** A small instance of the national data set, written through the real app: its indicators included. */
describe('national data set generator (small instance)', () => {
  it('writes one indicator per priority with a target and a value every quarter', async () => {
    const data = BenchData.create('sqlite');
    const bench = await startBenchApp(data);
    try {
      const shape = { ...QUICK, partnerships: 2, actionsPerPriority: 1, milestonesPerAction: 1 };
      const generated = await generateDataset(bench, shape, 4);
      expect(generated.indicatorIds).toHaveLength(2 * 1 * shape.prioritiesPerPlan);
      const live = bench.app.get(PlanProjector).queries;
      const indicators = generated.indicatorIds.map((id) => live.indicator(id)!);
      for (const indicator of indicators) {
        expect(indicator.quarters.map((q) => q.quarter)).toEqual(['2017/18 Q1', '2017/18 Q2', '2017/18 Q3', '2017/18 Q4']);
        expect(indicator.quarters.every((q) => q.value !== null && q.target !== null)).toBe(true);
      }
      const { events } = generated;
      expect(events).toBe((await bench.writer.store.headPosition()));
    } finally {
      await bench.app.close();
      await data.destroy();
    }
  });
});
