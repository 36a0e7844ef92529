import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { HEAVY_READ_COST, queryCostHook, shapeOf } from './query-shape';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'schema.graphql'), 'utf8'));

/** The estimated cost of a query's first operation with these variables (null: as validation sees it, before variables). */
function costOf(query: string, variables: Record<string, unknown> | null = {}): number {
  const document = parse(query);
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return shapeOf({ schema, fragment: (name) => fragments.get(name), variables }, operation).cost;
}

describe('query cost of heavy reads', () => {
  const progress = (args: string) => `{ progress(${args}) { priority { id } } }`;
  const ordinary = costOf(progress('financialYear: "2017/18"'));

  it('adds a replay only for a non-null asOf: a literal, a variable given a value, or a default', () => {
    expect(costOf(progress('asOf: "2017-10-01T00:00:00Z"'))).toBe(ordinary + HEAVY_READ_COST.asOfWholeStore);
    expect(costOf(progress('asOf: null'))).toBe(ordinary);
    const withVariable = 'query($at: DateTime) { progress(asOf: $at) { priority { id } } }';
    expect(costOf(withVariable, { at: '2017-10-01T00:00:00Z' })).toBe(ordinary + HEAVY_READ_COST.asOfWholeStore);
    expect(costOf(withVariable, { at: null })).toBe(ordinary);
    expect(costOf(withVariable, {})).toBe(ordinary);
    expect(
      costOf('query($at: DateTime = "2017-10-01T00:00:00Z") { progress(asOf: $at) { priority { id } } }', {}),
    ).toBe(ordinary + HEAVY_READ_COST.asOfWholeStore);
  });

  it("counts a replay narrowed to one partnership less than the whole store's", () => {
    expect(costOf(progress('partnershipId: "nwl", asOf: "2017-10-01T00:00:00Z"'))).toBe(
      ordinary + HEAVY_READ_COST.asOfOneRecord,
    );
    expect(costOf(progress('partnershipId: null, asOf: "2017-10-01T00:00:00Z"'))).toBe(
      ordinary + HEAVY_READ_COST.asOfWholeStore,
    );
  });

  it('counts whole-store verification even before variables are known, and each aliased repeat', () => {
    const verify = costOf('{ verifyAuditTrail { ok } }', null);
    expect(verify).toBeGreaterThan(HEAVY_READ_COST.wholeStoreVerification);
    expect(costOf('{ a: verifyAuditTrail { ok } b: verifyAuditTrail { ok } }', null)).toBe(2 * verify);
    // Validation counts a literal replay; one given by a variable is left to the hook.
    expect(costOf(progress('asOf: "2017-10-01T00:00:00Z"'), null)).toBe(ordinary + HEAVY_READ_COST.asOfWholeStore);
    expect(costOf('query($at: DateTime) { progress(asOf: $at) { priority { id } } }', null)).toBe(ordinary);
    expect(
      costOf('query($p: ID) { progress(partnershipId: $p, asOf: "2017-10-01T00:00:00Z") { priority { id } } }', null),
    ).toBe(ordinary);
  });

  it('lets the hook refuse, with the words of the validation rule, a query over the limit only through its replays', async () => {
    const fields = Array.from({ length: 21 }, (_, i) => `p${i}: progress(asOf: $at) { priority { id } }`).join(' ');
    const query = parse(`query($at: DateTime) { ${fields} }`);
    const hook = queryCostHook();
    await expect(hook(schema, query, {}, { at: null })).resolves.toBeUndefined();
    await expect(hook(schema, query, {}, { at: '2017-10-01T00:00:00Z' })).rejects.toThrow(
      /^Query is too expensive: estimated cost \d+, at most 50000 is allowed \(ask for fewer nested lists\)$/,
    );
  });
});
