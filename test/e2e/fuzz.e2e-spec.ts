import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { ApiHarness } from '../support/api-harness';
import { planningSteps } from '../support/mutations';

/**
 * Property: whatever malformed input reaches any mutation, the answer is a typed client error
 * (never INTERNAL_SERVER_ERROR, never a 5xx), a refused input writes nothing, and the server
 * keeps serving. Mutations and their input fields are read from the schema, so new ones are
 * fuzzed too. About 150 inputs per mutation.
 */
const RUNS_PER_MUTATION = 150;
const CLIENT_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'PAYLOAD_TOO_LARGE'];

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputField {
  name: string;
  type: TypeRef;
}

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);

const INJECTIONS = [
  "'; DROP TABLE events; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '${process.exit(1)}',
  '__proto__',
  '../../../../etc/passwd',
  '\u0000\u0001\u0002',
  '%s%s%s%n',
  '\uD800', // a lone surrogate
  'e\u0301\u200B\u202E\uFEFF',
  '𝕾𝖆𝖋𝖊𝖗 👩‍👩‍👧‍👦 ﷽',
];
const BAD_QUARTERS = ['2017/18 Q5', '2017/18 Q0', '2017/19 Q1', '17/18 Q1', '2017/18', 'Q1', '2017/18 q1', '2017-18 Q1', '9999/10000 Q1', '2017/18  Q1', ' 2017/18 Q1 '];
const BAD_DATES = ['2017-02-30', '2017-13-01', '31/12/2017', '2017-6-1', '0000-00-00', '2017-06-01T25:00:00Z', '99999-01-01', 'yesterday', ''];

/** Malformed values of every kind; wrong types included on purpose. */
const malformed = (type: TypeRef): fc.Arbitrary<unknown> => {
  const base = named(type);
  const wrongTypes = fc.oneof(fc.constant(null), fc.boolean(), fc.constant({}), fc.constant([]), fc.array(fc.integer(), { maxLength: 3 }));
  const strings = fc.oneof(
    fc.constantFrom(...INJECTIONS, ...BAD_QUARTERS, ...BAD_DATES, '', '   ', '\n\t'),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 50 }),
    fc.integer({ min: 1000, max: 200_000 }).map((n) => 'Ω'.repeat(n)),
    fc.uuid(),
  );
  const numbers = fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.constantFrom(-1, -0.5, 0.1, 0.30000000000000004, 101, 2 ** 31, 2 ** 53 + 1, -(2 ** 53), 1e308, -1e308, Number.MIN_VALUE),
  );
  switch (base.name) {
    case 'Int':
    case 'Float':
      return fc.oneof(numbers, strings, wrongTypes);
    case 'Boolean':
      return fc.oneof(fc.constantFrom('true', 0, 1, 'yes'), wrongTypes);
    default:
      return fc.oneof({ weight: 4, arbitrary: strings }, { weight: 1, arbitrary: numbers }, { weight: 1, arbitrary: wrongTypes });
  }
};

describe('fuzzing every mutation (end to end)', () => {
  let api: ApiHarness;
  let events: Database.Database;
  const plausible: Record<string, unknown> = {};

  beforeAll(async () => {
    api = await ApiHarness.start({ eventStore: 'sqlite', rateLimitPerMinute: 1_000_000 });
    events = new Database(join(api.config.dataDir, 'events.sqlite'), { readonly: true, fileMustExist: true });
    const step = planningSteps(api);
    const own = await step.registerPartnership('Safer North West', 'COMMUNITY_SAFETY_PARTNERSHIP');
    const pcc = await step.registerPartnership('Leicestershire PCC', 'POLICE_AND_CRIME_COMMISSIONER');
    const plan = await step.createActionPlan(own, '2017/18', 'Safer North West 2017/18');
    const priority = await step.addPriority(plan, 'Increasing community confidence by addressing ASB');
    const action = await step.createAction(plan, priority, 'Coalville joint action group');
    const milestone = await step.scheduleMilestone(action, 'Group established', '2017/18 Q2');
    const source = await api.ok(`mutation($i: RegisterFundingSourceInput!) { registerFundingSource(input: $i) { id } }`, {
      i: { name: 'Partnership Locality Fund', funderPartnershipId: pcc, recipientPartnershipId: own, financialYear: '2017/18', amount: 1000 },
    });
    const indicator = await api.ok(`mutation($i: DefineIndicatorInput!) { defineIndicator(input: $i) { id } }`, {
      i: { planId: plan, priorityId: priority, name: 'ASB reports', unit: 'COUNT', polarity: 'LOWER_IS_BETTER' },
    });
    // Real ids and sound values, so that malformed fields beside them reach the deeper checks.
    Object.assign(plausible, {
      partnershipId: own, funderPartnershipId: pcc, recipientPartnershipId: own, planId: plan, priorityId: priority,
      alignedToPriorityId: priority, actionId: action, milestoneId: milestone, fundingSourceId: source.registerFundingSource.id,
      partnershipIds: [own, pcc], intoPartnershipId: own, absorbedPartnershipId: pcc, boardId: own,
      financialYear: '2017/18', quarter: '2017/18 Q1', dueQuarter: '2017/18 Q3', reachedOn: '2017-06-01', on: '2023-04-01',
      title: 'A title', name: 'A name', kind: 'COMMUNITY_SAFETY_PARTNERSHIP', rag: 'GREEN', percentComplete: 50,
      narrative: 'On plan', reason: 'A reason', leadAgency: 'NWLDC', amount: 10, fileName: 'plan.csv',
      contentBase64: Buffer.from('Priority,Action\n').toString('base64'), dryRun: true, agency: 'Rutland County Council',
      responsibleAuthority: true, voting: true,
      indicatorId: indicator.defineIndicator.id, unit: 'COUNT', polarity: 'LOWER_IS_BETTER', value: 12, target: 10, amberTolerancePercent: 5,
    });
  });

  afterAll(async () => {
    events.close();
    await api.stop();
  });

  const eventCount = () => (events.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;

  it('answers thousands of malformed inputs to every mutation with typed client errors and writes nothing', async () => {
    const schema = await api.ok(`{ __schema { mutationType { fields { name args { name type { kind name ofType { kind name ofType { kind name } } } } } } } }`);
    const mutations: Array<{ name: string; inputType: string }> = schema.__schema.mutationType.fields.map((field: any) => ({
      name: field.name,
      inputType: named(field.args.find((arg: any) => arg.name === 'input').type).name,
    }));
    expect(mutations.length).toBeGreaterThanOrEqual(15);
    // Closing mutations last, so an input that happens to be valid does not close the action early.
    const closing = ['completeAction', 'cancelAction', 'sealQuarter'];
    mutations.sort((a, b) => Number(closing.includes(a.name)) - Number(closing.includes(b.name)));
    const stats = { requests: 0, refused: 0, accepted: 0 };

    for (const mutation of mutations) {
      const type = await api.ok(`query($t: String!) { __type(name: $t) { inputFields { name type { kind name ofType { kind name ofType { kind name } } } } } }`, { t: mutation.inputType });
      const fields: InputField[] = type.__type.inputFields;
      const inputs = fc
        .tuple(
          fc.integer({ min: 0, max: fields.length - 1 }),
          fc.tuple(...fields.map((field) => fc.option(malformed(field.type), { nil: undefined, freq: 2 }))),
          fc.tuple(...fields.map((field) => malformed(field.type))),
        )
        .map(([forced, maybe, sure]) =>
          // At least one field is malformed; the others are malformed, sound, or left out.
          Object.fromEntries(fields.map((field, i) => [field.name, i === forced ? sure[i] : maybe[i] !== undefined ? maybe[i] : plausible[field.name]])),
        );

      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          const before = eventCount();
          const answer = await api.gql(`mutation($i: ${mutation.inputType}!) { ${mutation.name}(input: $i) { __typename } }`, { i: input });
          stats.requests++;
          expect(answer.status).toBeLessThan(500);
          const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
          for (const code of codes) expect(CLIENT_CODES).toContain(code);
          if (codes.length > 0) {
            stats.refused++;
            expect(eventCount()).toBe(before);
          } else {
            stats.accepted++; // a malformed-looking value that is in fact fine (e.g. odd unicode in a title)
            expect(answer.data?.[mutation.name]).toBeTruthy();
          }
        }),
        { numRuns: RUNS_PER_MUTATION, seed: 20171803 + mutation.name.length, endOnFailure: true },
      );
    }

    expect(stats.requests).toBe(mutations.length * RUNS_PER_MUTATION);
    expect(stats.refused).toBeGreaterThan(stats.accepted * 5);
    expect((await api.ok('{ partnerships { name } }')).partnerships.length).toBeGreaterThanOrEqual(2); // still serving
  }, 240_000); // about 25 mutations, each fuzzed; the machine is shared
});
