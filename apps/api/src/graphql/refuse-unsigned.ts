import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLError,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { formatGraphQLErrors } from './error-formatter';
import { refusalOf } from '../auth/request-auth';

/**
 * Root fields anyone may ask for: introspection only. Every other root field is a Nest resolver
 * behind the AccessGuard, which refuses a request without a verified caller before anything else.
 */
const OPEN_ROOT_FIELD = /^__/;

/** A root field of the answer, by its response name (alias), with every node asking for it. */
export interface RefusedField {
  responseName: string;
  nodes: FieldNode[];
  nonNull: boolean;
}

/** An answer already made, which the Fastify error handler sends instead of executing. */
export class AnsweredBeforeExecution extends Error {
  constructor(
    readonly statusCode: number,
    readonly response: unknown,
    /** The refusal it answers (unauthenticated, or forbidden for a session's missing CSRF token), or 'kept'. */
    readonly kind: string,
  ) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0; // never debugged from a trace: it only carries the answer out
    try {
      super('answered before execution');
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}

/**
 * An answer already serialised (a kept response, progress/kept-responses.ts): its UTF-8 bytes,
 * encoded once, sent as they are with the content type Fastify gives a JSON object, so the
 * bytes are those execution would send.
 */
export class SerialisedAnswer {
  static readonly CONTENT_TYPE = 'application/json; charset=utf-8';
  readonly body: Buffer;
  constructor(json: string) {
    this.body = Buffer.from(json, 'utf8');
  }
}

/**
 * The root fields of the document's one operation, as graphql-js would collect them, when every
 * one needs a signed-in caller. Null whenever the answer would take graphql-js to work out
 * (several operations, a directive or an open field at the root, variables still to coerce):
 * such a request runs as before and is refused by the guard.
 */
export function rootFieldsNeedingACaller(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
): { operation: OperationDefinitionNode; fields: RefusedField[] } | null {
  const operations = document.definitions.filter((each): each is OperationDefinitionNode => each.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return null;
  const [operation] = operations;
  // Without variables, graphql-js coerces the declared ones in execute, and its errors come first.
  if (variables == null && operation.variableDefinitions?.length) return null;
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : null;
  if (!root) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const fields = new Map<string, RefusedField>();
  if (!collect(root, operation.selectionSet, fragments, fields, new Set())) return null;
  return fields.size ? { operation, fields: [...fields.values()] } : null;
}

function collect(
  root: GraphQLObjectType,
  selections: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  fields: Map<string, RefusedField>,
  visited: Set<string>,
): boolean {
  for (const selection of selections.selections) {
    if (selection.directives?.length) return false; // @skip / @include: left to graphql-js
    if (selection.kind === Kind.FIELD) {
      if (OPEN_ROOT_FIELD.test(selection.name.value)) return false;
      const field = root.getFields()[selection.name.value];
      if (!field) return false;
      const responseName = selection.alias?.value ?? selection.name.value;
      const known = fields.get(responseName);
      if (known) known.nodes.push(selection);
      else fields.set(responseName, { responseName, nodes: [selection], nonNull: isNonNullType(field.type) });
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (selection.typeCondition && selection.typeCondition.name.value !== root.name) return false;
      if (!collect(root, selection.selectionSet, fragments, fields, visited)) return false;
      continue;
    }
    const name = selection.name.value;
    if (visited.has(name)) continue; // graphql-js collects a fragment once
    visited.add(name);
    const fragment = fragments.get(name);
    if (!fragment || fragment.typeCondition.name.value !== root.name) return false;
    if (!collect(root, fragment.selectionSet, fragments, fields, visited)) return false;
  }
  return true;
}

/**
 * The answer graphql-js gives when each root field's resolver is refused: a query's fields run
 * side by side, so every nullable field's error is recorded, then the first non-null one's,
 * which nulls the whole data; a mutation's run one after another and stop at the first non-null.
 */
export function refusedAnswer(kind: OperationDefinitionNode['operation'], fields: readonly RefusedField[], error: Error) {
  const errors: GraphQLError[] = [];
  const data: Record<string, null> = {};
  let firstNonNull: RefusedField | undefined;
  for (const field of fields) {
    if (field.nonNull) {
      firstNonNull ??= field;
      if (kind === 'mutation') break;
      continue;
    }
    errors.push(located(error, field));
    data[field.responseName] = null;
  }
  if (firstNonNull) errors.push(located(error, firstNonNull));
  return formatGraphQLErrors({ data: firstNonNull ? null : data, errors });
}

function located(error: Error, field: RefusedField): GraphQLError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new GraphQLError(error.message, { nodes: field.nodes, path: [field.responseName], originalError: error });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Mercurius hook (preExecution): a request without a verified caller whose root fields all need
 * one is answered here, exactly as the AccessGuard would answer it, without graphql-js's execute
 * or Nest (issue 15: a refusal cost twice an accepted trivial query).
 */
export function refuseUnsignedCallers() {
  // Mercurius keeps each parsed document, so a client refused again and again (the same query,
  // the same missing token) is answered from here: the answer depends on nothing else.
  const answers = new WeakMap<DocumentNode, Map<string, AnsweredBeforeExecution>>();
  return async (schema: GraphQLSchema, document: DocumentNode, context: object, variables: Record<string, unknown> | null | undefined): Promise<void> => {
    const refusal = refusalOf((context as { req?: unknown }).req);
    if (!refusal) return;
    const known = answers.get(document)?.get(refusal.message);
    if (known && known.kind === refusal.kind) throw known;
    const asked = rootFieldsNeedingACaller(schema, document, variables);
    if (!asked) return;
    const { statusCode, response } = refusedAnswer(asked.operation.operation, asked.fields, refusal);
    const answer = new AnsweredBeforeExecution(statusCode, response, refusal.kind);
    // Variables decide nothing once coerced, but an operation declaring some is only answered with them.
    if (!asked.operation.variableDefinitions?.length) remember(answers, document, refusal.message, answer);
    throw answer;
  };
}

/** A few refusals per document (their messages are a handful of fixed sentences). */
function remember(answers: WeakMap<DocumentNode, Map<string, AnsweredBeforeExecution>>, document: DocumentNode, message: string, answer: AnsweredBeforeExecution) {
  const byMessage = answers.get(document) ?? new Map<string, AnsweredBeforeExecution>();
  if (byMessage.size >= 8) byMessage.delete(byMessage.keys().next().value!);
  byMessage.set(message, answer);
  answers.set(document, byMessage);
}
