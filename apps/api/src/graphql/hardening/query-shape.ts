import {
  type ArgumentNode,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLOutputType,
  type GraphQLSchema,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  Location,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
  visit,
} from 'graphql';
import { REPLAY_ARGUMENT, REPLAYING_FIELDS, WHOLE_STORE_FIELDS } from '../../heavy-reads/heavy-read-names';

/** The limits every operation must stay within (hardening against expensive or abusive queries). */
export interface QueryLimits {
  /** Deepest field nesting, e.g. `{ a { b } }` is 2. */
  maxDepth: number;
  /** Fields asked for under an alias: aliases let one request repeat an expensive field. */
  maxAliases: number;
  /** Estimated work: 1 per field, a list's fields counted LIST_SIZE times. */
  maxCost: number;
  /**
   * Estimated store-wide work of heavy reads (HEAVY_READ_COST), a budget of its own beside
   * maxCost: the dashboard's tree is close to maxCost by its fields alone (about 49,600), and
   * asking for it as of a moment must still be allowed.
   */
  maxHeavyReadCost: number;
}

export const QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 50_000, maxHeavyReadCost: 20_000 };

/** Assumed length of any list when estimating cost (lists are not paged everywhere). */
export const LIST_SIZE = 5;

/**
 * What a heavy read costs (ADR 0009), counted against maxHeavyReadCost: work that grows with the
 * store, not with the fields asked for, counted once per field that does it. An as-of argument counts ONLY when
 * it is non-null: `asOf: null` (or a variable that is null or left out) answers from the live
 * read model, as the dashboard asks for its present-day views.
 */
export const HEAVY_READ_COST = {
  /** A non-null asOf narrowed to one partnership, plan, action or board: replays their streams. */
  asOfOneRecord: 1_000,
  /** A non-null asOf with nothing narrowing it: replays the whole log. */
  asOfWholeStore: 5_000,
  /** Recomputes every chain, seal and signature in the store. */
  wholeStoreVerification: 10_000,
} as const;


/** Arguments that narrow an as-of replay to one partnership's streams (ReadScopes.resolveFor). */
const NARROWING_ARGUMENTS: ReadonlySet<string> = new Set(['id', 'partnershipId', 'boardId', 'planId', 'actionId']);

interface Shape {
  depth: number;
  aliases: number;
  cost: number;
  /** Of which heavy reads, counted against maxHeavyReadCost rather than maxCost. */
  heavy: number;
}

/** What the walk needs of an operation's surroundings: the schema, its document's fragments and, when known, the variables. */
export interface ShapeSource {
  schema: GraphQLSchema;
  fragment(name: string): FragmentDefinitionNode | undefined;
  /** The request's variables; null while validating, before they are known (a replay given by a variable then costs nothing yet). */
  variables: Record<string, unknown> | null;
}

/** True when an argument's value is known to be non-null: a literal, or a variable given (or defaulted) a value. */
function isNonNull(value: ValueNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): boolean {
  if (value.kind === Kind.NULL) return false;
  if (value.kind !== Kind.VARIABLE) return true;
  const name = value.name.value;
  if (variables[name] !== undefined) return variables[name] !== null;
  const definition = operation.variableDefinitions?.find((each) => each.variable.name.value === name);
  return definition?.defaultValue !== undefined && definition.defaultValue.kind !== Kind.NULL;
}

const isReplayArgument = (arg: ArgumentNode): boolean => arg.name.value === REPLAY_ARGUMENT || NARROWING_ARGUMENTS.has(arg.name.value);

/** Documents (mercurius keeps each parsed query) whose cost depends on their variables. */
const costDependsOnVariables = new WeakMap<DocumentNode, boolean>();

function dependsOnVariables(document: DocumentNode): boolean {
  let depends = costDependsOnVariables.get(document);
  if (depends === undefined) {
    depends = false;
    visit(document, {
      Argument(arg) {
        if (isReplayArgument(arg) && arg.value.kind === Kind.VARIABLE) depends = true;
      },
    });
    costDependsOnVariables.set(document, depends);
  }
  return depends;
}

/** The heavy-read cost of one field (0 for an ordinary one). */
function heavyReadCost(name: string, args: readonly ArgumentNode[] | undefined, operation: OperationDefinitionNode, variables: Record<string, unknown> | null): number {
  if (WHOLE_STORE_FIELDS.has(name)) return HEAVY_READ_COST.wholeStoreVerification;
  if (REPLAYING_FIELDS.has(name)) return HEAVY_READ_COST.asOfOneRecord;
  // Before the variables are known, a replay that depends on one is left to queryCostHook.
  if (!variables && (args ?? []).some((arg) => isReplayArgument(arg) && arg.value.kind === Kind.VARIABLE)) return 0;
  const given = (args ?? []).filter((arg) => isNonNull(arg.value, operation, variables ?? {}));
  if (!given.some((arg) => arg.name.value === REPLAY_ARGUMENT)) return 0;
  return given.some((arg) => NARROWING_ARGUMENTS.has(arg.name.value)) ? HEAVY_READ_COST.asOfOneRecord : HEAVY_READ_COST.asOfWholeStore;
}

/** Depth, aliases and estimated cost of one operation, following fragments (each at most once per path). */
export function shapeOf(source: ShapeSource | ValidationContext, operation: OperationDefinitionNode): Shape {
  const { schema, fragment, variables } = 'getSchema' in source ? { schema: source.getSchema(), fragment: (name: string) => source.getFragment(name) ?? undefined, variables: null } : source;
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLOutputType | null | undefined, seen: ReadonlySet<string>, atRoot: boolean): Shape => {
    const shape: Shape = { depth: 0, aliases: 0, cost: 0, heavy: 0 };
    const add = (inner: Shape, depthOffset: number, multiplier: number, own: number, heavy = 0) => {
      shape.depth = Math.max(shape.depth, inner.depth + depthOffset);
      shape.aliases += inner.aliases;
      shape.cost += own + inner.cost * multiplier;
      shape.heavy += heavy + inner.heavy;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const named = parent ? getNamedType(parent) : null;
        const definition = named && (isObjectType(named) || isInterfaceType(named)) ? named.getFields()[selection.name.value] : undefined;
        const inner = selection.selectionSet ? walk(selection.selectionSet, definition?.type, seen, false) : { depth: 0, aliases: 0, cost: 0, heavy: 0 };
        const list = definition ? isListType(getNullableType(definition.type)) : false;
        const heavy = atRoot && operation.operation === 'query' ? heavyReadCost(selection.name.value, selection.arguments, operation, variables) : 0;
        add({ ...inner, aliases: inner.aliases + (selection.alias ? 1 : 0) }, 1, list ? LIST_SIZE : 1, 1, heavy);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : null;
        add(walk(selection.selectionSet, condition && isCompositeType(condition) ? condition : parent, seen, atRoot), 0, 1, 0);
      } else {
        const name = selection.name.value;
        const definition = fragment(name);
        if (!definition || seen.has(name)) continue; // unknown or cyclic fragments are reported by graphql-js's own rules
        const condition = schema.getType(definition.typeCondition.name.value);
        add(walk(definition.selectionSet, condition && isCompositeType(condition) ? condition : parent, new Set([...seen, name]), atRoot), 0, 1, 0);
      }
    }
    return shape;
  };
  return walk(operation.selectionSet, root, new Set(), true);
}

function tooExpensive(cost: number, limits: QueryLimits, operation: OperationDefinitionNode): GraphQLError {
  return new GraphQLError(`Query is too expensive: estimated cost ${cost}, at most ${limits.maxCost} is allowed (ask for fewer nested lists)`, { nodes: [operation] });
}

function tooManyHeavyReads(heavy: number, limits: QueryLimits, operation: OperationDefinitionNode): GraphQLError {
  return new GraphQLError(
    `Query is too expensive: its views "as recorded at" a moment and audit verifications are estimated at ${heavy}, at most ${limits.maxHeavyReadCost} is allowed in one query (ask for fewer of them at once)`,
    { nodes: [operation] },
  );
}

/**
 * One validation rule checking depth, aliases and cost (before variables: whole-store verification and
 * literal as-of replays count, replays given by a variable wait for queryCostHook) of every operation; a query over a limit is
 * refused before anything runs (BAD_USER_INPUT naming the limit).
 */
export function queryLimitsRule(limits: QueryLimits = QUERY_LIMITS) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const shape = shapeOf(context, operation);
      if (shape.depth > limits.maxDepth) {
        context.reportError(new GraphQLError(`Query is too deep: ${shape.depth} levels of fields, at most ${limits.maxDepth} are allowed`, { nodes: [operation] }));
      }
      if (shape.aliases > limits.maxAliases) {
        context.reportError(new GraphQLError(`Query has too many aliases: ${shape.aliases}, at most ${limits.maxAliases} are allowed`, { nodes: [operation] }));
      }
      if (shape.cost > limits.maxCost) context.reportError(tooExpensive(shape.cost, limits, operation));
      if (shape.heavy > limits.maxHeavyReadCost) context.reportError(tooManyHeavyReads(shape.heavy, limits, operation));
    },
  });
}

/**
 * Mercurius hook (preExecution): the cost again, now with the request's variables, so that a
 * heavy read given by a variable (`asOf: $asOf`) counts when, and only when, it is one. Only
 * for documents whose cost depends on variables; the validation rule counted every other.
 */
export function queryCostHook(limits: QueryLimits = QUERY_LIMITS) {
  return async (schema: GraphQLSchema, document: DocumentNode, _context: unknown, variables: Record<string, unknown> | null | undefined): Promise<void> => {
    if (!dependsOnVariables(document)) return; // the validation rule counted it all
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const source: ShapeSource = { schema, fragment: (name) => fragments.get(name), variables: variables ?? {} };
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const { heavy } = shapeOf(source, definition);
      if (heavy > limits.maxHeavyReadCost) throw tooManyHeavyReads(heavy, limits, definition);
    }
  };
}

/**
 * Mercurius hook (preValidation): the query must have been GraphQL text we parsed. Mercurius
 * also takes a ready-made syntax tree, given as a non-text `query` or as JSON text that is not
 * GraphQL; such a tree is anyone's invention (a number crashed validation), so it is refused.
 */
export async function requireGraphQLText(_schema: unknown, document: unknown): Promise<void> {
  if ((document as { loc?: unknown } | null)?.loc instanceof Location) return;
  throw new GraphQLError('The query must be GraphQL text, sent as {"query": "{ partnerships { id } }"} (application/json) or as the body itself (application/graphql)');
}

