import { differingFields } from './read-model-documents';

describe('differingFields', () => {
  it('names, sorted, the top-level fields whose JSON values differ, including one side missing', () => {
    const saved = { id: 'a1', status: 'COMPLETED', percentComplete: 100, milestones: [{ id: 'ms1', reached: true }], owner: 'PCC' };
    const rebuilt = { id: 'a1', status: 'OFF_TRACK', percentComplete: 40, milestones: [{ id: 'ms1', reached: false }] };
    expect(differingFields(rebuilt, saved)).toEqual(['milestones', 'owner', 'percentComplete', 'status']);
  });

  it('finds nothing where only key order or undefined fields differ, as storage keeps them', () => {
    expect(differingFields({ id: 'a1', tags: { b: 1, a: 2 }, note: undefined }, { tags: { a: 2, b: 1 }, id: 'a1' })).toEqual([]);
  });
});
