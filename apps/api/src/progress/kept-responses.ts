import {
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  getArgumentValues,
  getVariableValues,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { isKeptAnswer } from '@saferplan/projections';
import { type AccessTable, NESTED_READ_POLICY, decideAccessIn } from '../auth/access-policy';
import { principalOf } from '../auth/request-auth';
import { AnsweredBeforeExecution, SerialisedAnswer } from '../graphql/refuse-unsigned';
import type { ReadScopes } from '../graphql/read-scopes';
import type { ReadScope } from '../graphql/read-scope';
import { type CountyProgressArgs, type ProgressArgs, countyProgressAnswer, progressAnswer } from './progress.resolver';

/**
 * The root questions whose answers the read model keeps per position (progress-answers.ts), and
 * the call that fetches that kept answer: a serialised response is kept only beside it.
 */
const KEPT_QUESTIONS: Readonly<Record<string, (scope: ReadScope, args: Record<string, any>) => readonly unknown[]>> = {
  progress: (scope, args) => progressAnswer(scope, args as ProgressArgs),
  countyProgress: (scope, args) => countyProgressAnswer(scope, args as CountyProgressArgs),
};

/**
 * Bounds on what is kept: the national answer is 1.6 MB of text, and a client sending a fresh
 * variable with each request must not fill the heap (512 MB in production). Oldest out first.
 */
const MAX_RESPONSES = 32;
const MAX_BYTES = 32 * 1024 * 1024;

/** A document that may be answered from a kept response: one query of one kept root field. */
interface KeepableQuestion {
  operation: OperationDefinitionNode;
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

/** Where a request to keep its response waits, in the Mercurius context, for onResolution. */
const TO_KEEP = Symbol('keptProgressResponse');
type Keeping = { answer: readonly unknown[]; key: string };
/** A kept response and the answer it was made from, held weakly: it is served only beside that answer. */
type Kept = { answer: WeakRef<readonly unknown[]>; response: SerialisedAnswer };
type WithKeeping = { [TO_KEEP]?: Keeping; reply?: { request: { method: string; body?: unknown; query?: unknown } } };

/**
 * The all-partnership `progress` and the `countyProgress` responses, serialised, kept beside the
 * read model's kept answer they were made from (issue 15, ADR 0023). The answer array is handed
 * out unchanged while the model's position and today's date stand still, and never again once
 * an event is applied, so a response is served only while the answer it was made from is still
 * the one handed out: one rule, in progress-answers.ts, and read-your-writes holds as it does
 * for the answer. (Responses of earlier answers wait, never served, until replaced or evicted.)
 *
 * What may share: only documents of one query with one root field `progress` or `countyProgress`
 * whose selection reaches no field of NESTED_READ_POLICY (those answer differently by caller),
 * asked live (an `asOf` never shares), and only a response executed without errors. The key is
 * the parsed document, the operation name and the variables; the root field's access rule is
 * decided for each request's own caller before a kept response is sent, and a caller it refuses
 * (or one not signed in) runs the query as before and is refused by the guard.
 */
export class KeptProgressResponses {
  private scopes: ReadScopes | null = null;
  private table: AccessTable | null = null;
  private readonly questions = new WeakMap<DocumentNode, KeepableQuestion | null>();
  private readonly documentIds = new WeakMap<DocumentNode, number>();
  /** By document, operation name and variables: the last response made for that question. */
  private readonly responses = new Map<string, Kept>();
  private bytes = 0;
  /** Responses sent from here and responses kept, for the specs and the benchmark. */
  readonly counts = { served: 0, kept: 0 };

  /** Until the app's read scopes exist (DI, after the GraphQL options are made) nothing is kept. */
  readingFrom(scopes: ReadScopes, table: AccessTable): this {
    this.scopes = scopes;
    this.table = table;
    return this;
  }

  /** Mercurius preExecution hook, after the refusal of callers not signed in. */
  readonly answer = async (schema: GraphQLSchema, document: DocumentNode, context: object, variables: Record<string, unknown> | null | undefined): Promise<void> => {
    const { scopes, table } = this;
    if (!scopes || !table) return;
    const request = (context as { req?: unknown }).req;
    const caller = principalOf(request);
    if (!caller) return;
    const question = this.questionOf(schema, document);
    if (!question) return;
    const args = argumentsOf(schema, question, variables);
    if (!args) return; // graphql-js reports bad variables as it always does
    if (args.asOf != null) return; // as-of answers come from their own replay and never share
    const scope = scopes.live();
    const name = question.field.name;
    if (!decideAccessIn(table, name, caller, args, scope.queries).allowed) return;
    const answer = KEPT_QUESTIONS[name](scope, args);
    if (!isKeptAnswer(answer)) return; // one partnership's rows: made afresh each time
    const key = `${this.documentId(document)}\u0000${operationNameOf(context as WithKeeping)}\u0000${JSON.stringify(variables ?? null)}`;
    const kept = this.responses.get(key);
    if (kept?.answer.deref() === answer) {
      this.counts.served++;
      throw new AnsweredBeforeExecution(200, kept.response, 'kept');
    }
    (context as WithKeeping)[TO_KEEP] = { answer, key };
  };

  /** Mercurius onResolution hook: keeps what execution made, when it made it without errors. */
  readonly keep = async (execution: ExecutionResult<any>, context: object): Promise<void> => {
    const keeping = (context as WithKeeping)[TO_KEEP];
    if (!keeping || execution.errors?.length) return;
    // What Fastify sends for the execution result (its default serializer is JSON.stringify).
    const response = new SerialisedAnswer(JSON.stringify(execution));
    this.forget(keeping.key);
    this.responses.set(keeping.key, { answer: new WeakRef(keeping.answer), response });
    this.bytes += response.body.length;
    while (this.responses.size > MAX_RESPONSES || this.bytes > MAX_BYTES) this.forget(this.responses.keys().next().value!);
    this.counts.kept++;
  };

  private forget(key: string): void {
    const kept = this.responses.get(key);
    if (!kept) return;
    this.responses.delete(key);
    this.bytes -= kept.response.body.length;
  }

  private questionOf(schema: GraphQLSchema, document: DocumentNode): KeepableQuestion | null {
    let question = this.questions.get(document);
    if (question === undefined) {
      question = keepableQuestion(schema, document);
      this.questions.set(document, question);
    }
    return question;
  }

  private documentId(document: DocumentNode): number {
    let id = this.documentIds.get(document);
    if (id === undefined) this.documentIds.set(document, (id = nextDocumentId++));
    return id;
  }
}

let nextDocumentId = 1;

/** The root field's arguments as its resolver gets them; null when coercing them fails. */
function argumentsOf(schema: GraphQLSchema, question: KeepableQuestion, variables: Record<string, unknown> | null | undefined): Record<string, any> | null {
  try {
    const coerced = getVariableValues(schema, question.operation.variableDefinitions ?? [], variables ?? {});
    return coerced.errors ? null : getArgumentValues(question.field, question.node, coerced.coerced);
  } catch {
    return null;
  }
}

/** The operation name Mercurius executes by: the JSON body's, or a GET's query string's. */
function operationNameOf(context: WithKeeping): string {
  const request = context.reply?.request;
  const source = request?.method === 'GET' ? request.query : request?.body;
  const name = source && typeof source === 'object' ? (source as { operationName?: unknown }).operationName : undefined;
  return name == null ? '' : JSON.stringify(name);
}

/**
 * The document's one query with one kept root field (no directive on it), when nothing in the
 * document reaches a field whose answer depends on the caller (NESTED_READ_POLICY); else null.
 */
export function keepableQuestion(schema: GraphQLSchema, document: DocumentNode): KeepableQuestion | null {
  const operations = document.definitions.filter((each): each is OperationDefinitionNode => each.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || operations[0].operation !== 'query') return null;
  const [operation] = operations;
  const [node, ...others] = operation.selectionSet.selections;
  if (others.length || node.kind !== Kind.FIELD || node.directives?.length || !Object.hasOwn(KEPT_QUESTIONS, node.name.value)) return null;
  const field = schema.getQueryType()?.getFields()[node.name.value];
  if (!field) return null;
  // Every fragment of a valid document is used, so walking the whole document walks the selection.
  const typeInfo = new TypeInfo(schema);
  let callerDependent = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(fieldNode) {
        const parent = typeInfo.getParentType();
        if (parent && Object.hasOwn(NESTED_READ_POLICY, `${parent.name}.${fieldNode.name.value}`)) callerDependent = true;
      },
    }),
  );
  return callerDependent ? null : { operation, field, node };
}
