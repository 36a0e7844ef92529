import { buildSchema, execute, parse } from 'graphql';
import { formatGraphQLErrors } from './error-formatter';
import { UnauthenticatedError } from '@saferplan/domain';
import { refusedAnswer, rootFieldsNeedingACaller } from './refuse-unsigned';

const schema = buildSchema(`
  type Query { partnerships: [String!]! partnership(id: ID): String people: [String!]! }
  type Mutation { register(name: String): String! note: String }
`);

const asked = (query: string, variables?: Record<string, unknown>) =>
  rootFieldsNeedingACaller(schema, parse(query), variables)?.fields.map((field) => [field.responseName, field.nodes.length, field.nonNull]) ?? null;

describe('root fields that need a signed-in caller', () => {
  it('are collected by response name, through aliases and fragments, as graphql-js collects them', () => {
    expect(asked('{ partnerships a: partnership people partnerships }')).toEqual([
      ['partnerships', 2, true],
      ['a', 1, false],
      ['people', 1, true],
    ]);
    expect(asked('{ ...Root ... on Query { people } } fragment Root on Query { partnerships ...Root }')).toEqual([
      ['partnerships', 1, true],
      ['people', 1, true],
    ]);
    expect(asked('mutation { register note }')).toEqual([
      ['register', 1, true],
      ['note', 1, false],
    ]);
  });

  it('are left to execution whenever graphql-js has more to say', () => {
    expect(asked('{ __typename partnerships }')).toBeNull(); // introspection is open
    expect(asked('{ ... on Query { __schema { queryType { name } } } }')).toBeNull();
    expect(asked('{ partnerships @skip(if: true) people }')).toBeNull();
    expect(asked('query A { partnerships } query B { people }')).toBeNull();
    expect(asked('query($id: ID) { partnership(id: $id) }')).toBeNull(); // variables not coerced yet
    expect(asked('query($id: ID) { partnership(id: $id) }', { id: 'p-1' })).toEqual([['partnership', 1, false]]);
  });
});

describe('the answer to a refused caller', () => {
  const refusal = new UnauthenticatedError('Sign in');
  const answer = (query: string) => {
    const found = rootFieldsNeedingACaller(schema, parse(query), {})!;
    const { statusCode, response } = refusedAnswer(found.operation.operation, found.fields, refusal);
    return { statusCode, ...JSON.parse(JSON.stringify(response)) };
  };

  it('of a query: every nullable field refused, then the first non-null one, which nulls the data', () => {
    const { statusCode, data, errors } = answer('{ partnership partnerships people note: partnership }');
    expect({ statusCode, data }).toEqual({ statusCode: 200, data: null });
    expect(errors.map((error: any) => [error.path[0], error.extensions.code])).toEqual([
      ['partnership', 'UNAUTHENTICATED'],
      ['note', 'UNAUTHENTICATED'],
      ['partnerships', 'UNAUTHENTICATED'],
    ]);
  });

  it('of nullable fields only: each field null beside its error', () => {
    expect(answer('{ partnership b: partnership }').data).toEqual({ partnership: null, b: null });
  });

  it('of a mutation: fields one after another, stopping at the first non-null one', () => {
    const { data, errors } = answer('mutation { note register again: register }');
    expect(data).toBeNull();
    expect(errors.map((error: any) => error.path[0])).toEqual(['note', 'register']);
  });
});

describe('refusing before execution answers as graphql-js does when every resolver refuses', () => {
  const refusal = new UnauthenticatedError('Sign in');
  // Each resolver refuses asynchronously, as a Nest resolver behind the guard does.
  const refusing = async () => {
    throw refusal;
  };
  const rootValue = { partnerships: refusing, partnership: refusing, people: refusing, register: refusing, note: refusing };

  it.each([
    '{ partnerships }',
    '{ partnership }',
    '{ partnership people b: partnership partnerships }',
    '{ a: partnership b: partnership }',
    '{ partnerships partnerships }',
    '{ ...F } fragment F on Query { people partnership }',
    'mutation { register note }',
    'mutation { note a: note register note }',
    'mutation { note }',
  ])('%s', async (query) => {
    const document = parse(query);
    const executed = (await execute({ schema, document, rootValue })) as any;
    const found = rootFieldsNeedingACaller(schema, document, {})!;
    const early = refusedAnswer(found.operation.operation, found.fields, refusal);
    expect(JSON.parse(JSON.stringify(early))).toEqual(JSON.parse(JSON.stringify(formatGraphQLErrors(executed))));
  });
});
