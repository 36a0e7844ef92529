import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { HEAVY_READ_COST, QUERY_LIMITS, queryCostHook, shapeOf } from './query-shape';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'schema.graphql'), 'utf8'));

/** Field cost and heavy-read cost of a query's first operation with these variables (null: as validation sees it, before variables). */
function costOf(query: string, variables: Record<string, unknown> | null = {}): { cost: number; heavy: number } {
  const document = parse(query);
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const { cost, heavy } = shapeOf({ schema, fragment: (name) => fragments.get(name), variables }, operation);
  return { cost, heavy };
}

describe('query cost of heavy reads', () => {
  const progress = (args: string) => `{ progress(${args}) { priority { id } } }`;
  const ordinary = costOf(progress('financialYear: "2017/18"')).cost;
  const heavyOf = (query: string, variables?: Record<string, unknown> | null) => costOf(query, variables).heavy;

  it('counts a replay only for a non-null asOf: a literal, a variable given a value, or a default', () => {
    expect(heavyOf(progress('asOf: "2017-10-01T00:00:00Z"'))).toBe(HEAVY_READ_COST.asOfWholeStore);
    expect(heavyOf(progress('asOf: null'))).toBe(0);
    const withVariable = 'query($at: DateTime) { progress(asOf: $at) { priority { id } } }';
    expect(heavyOf(withVariable, { at: '2017-10-01T00:00:00Z' })).toBe(HEAVY_READ_COST.asOfWholeStore);
    expect(heavyOf(withVariable, { at: null })).toBe(0);
    expect(heavyOf(withVariable, {})).toBe(0);
    expect(
      heavyOf('query($at: DateTime = "2017-10-01T00:00:00Z") { progress(asOf: $at) { priority { id } } }', {}),
    ).toBe(HEAVY_READ_COST.asOfWholeStore);
  });

  it('leaves the field cost as it was, asOf or not, so the dashboard’s queries stay inside maxCost', () => {
    expect(costOf(progress('asOf: "2017-10-01T00:00:00Z"')).cost).toBe(ordinary);
    expect(costOf(progress('asOf: null')).cost).toBe(ordinary);
  });

  it("counts a replay narrowed to one partnership less than the whole store's", () => {
    expect(heavyOf(progress('partnershipId: "nwl", asOf: "2017-10-01T00:00:00Z"'))).toBe(HEAVY_READ_COST.asOfOneRecord);
    expect(heavyOf(progress('partnershipId: null, asOf: "2017-10-01T00:00:00Z"'))).toBe(HEAVY_READ_COST.asOfWholeStore);
  });

  it('counts changesSince as a replay of one partnership: it always replays the log at `since`', () => {
    expect(heavyOf('{ changesSince(partnershipId: "nwl", since: "2017-10-01T00:00:00Z") { actionId } }', null)).toBe(HEAVY_READ_COST.asOfOneRecord);
  });

  it('counts whole-store verification and literal replays before variables are known, and each aliased repeat', () => {
    expect(heavyOf('{ verifyAuditTrail { ok } }', null)).toBe(HEAVY_READ_COST.wholeStoreVerification);
    expect(heavyOf('{ a: verifyAuditTrail { ok } b: verifyAuditTrail { ok } }', null)).toBe(
      2 * HEAVY_READ_COST.wholeStoreVerification,
    );
    expect(heavyOf(progress('asOf: "2017-10-01T00:00:00Z"'), null)).toBe(HEAVY_READ_COST.asOfWholeStore);
    // A replay given by a variable is left to the hook.
    expect(heavyOf('query($at: DateTime) { progress(asOf: $at) { priority { id } } }', null)).toBe(0);
    expect(
      heavyOf('query($p: ID) { progress(partnershipId: $p, asOf: "2017-10-01T00:00:00Z") { priority { id } } }', null),
    ).toBe(0);
  });

  it('lets the hook refuse, in words, a query over the heavy-read budget only through its replays', async () => {
    const replays = QUERY_LIMITS.maxHeavyReadCost / HEAVY_READ_COST.asOfWholeStore + 1;
    const fields = Array.from({ length: replays }, (_, i) => `p${i}: progress(asOf: $at) { priority { id } }`).join(
      ' ',
    );
    const query = parse(`query($at: DateTime) { ${fields} }`);
    const hook = queryCostHook();
    await expect(hook(schema, query, {}, { at: null })).resolves.toBeUndefined();
    await expect(hook(schema, query, {}, { at: '2017-10-01T00:00:00Z' })).rejects.toThrow(
      /^Query is too expensive: its views "as recorded at" a moment and audit verifications are estimated at 25000, at most 20000 is allowed in one query \(ask for fewer of them at once\)$/,
    );
  });
});
