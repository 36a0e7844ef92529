import {
  type ASTVisitor,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLOutputType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  Location,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** The limits every operation must stay within (hardening against expensive or abusive queries). */
export interface QueryLimits {
  /** Deepest field nesting, e.g. `{ a { b } }` is 2. */
  maxDepth: number;
  /** Fields asked for under an alias: aliases let one request repeat an expensive field. */
  maxAliases: number;
  /** Estimated work: 1 per field, a list's fields counted LIST_SIZE times. */
  maxCost: number;
}

export const QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 50_000 };

/** Assumed length of any list when estimating cost (lists are not paged everywhere). */
export const LIST_SIZE = 5;

interface Shape {
  depth: number;
  aliases: number;
  cost: number;
}

/** Depth, aliases and estimated cost of one operation, following fragments (each at most once per path). */
export function shapeOf(context: ValidationContext, operation: OperationDefinitionNode): Shape {
  const schema = context.getSchema();
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLOutputType | null | undefined, seen: ReadonlySet<string>): Shape => {
    const shape: Shape = { depth: 0, aliases: 0, cost: 0 };
    const add = (inner: Shape, depthOffset: number, multiplier: number, own: number) => {
      shape.depth = Math.max(shape.depth, inner.depth + depthOffset);
      shape.aliases += inner.aliases;
      shape.cost += own + inner.cost * multiplier;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const named = parent ? getNamedType(parent) : null;
        const definition = named && (isObjectType(named) || isInterfaceType(named)) ? named.getFields()[selection.name.value] : undefined;
        const inner = selection.selectionSet ? walk(selection.selectionSet, definition?.type, seen) : { depth: 0, aliases: 0, cost: 0 };
        const list = definition ? isListType(getNullableType(definition.type)) : false;
        add({ ...inner, aliases: inner.aliases + (selection.alias ? 1 : 0) }, 1, list ? LIST_SIZE : 1, 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : null;
        add(walk(selection.selectionSet, condition && isCompositeType(condition) ? condition : parent, seen), 0, 1, 0);
      } else {
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        if (!fragment || seen.has(name)) continue; // unknown or cyclic fragments are reported by graphql-js's own rules
        const condition = schema.getType(fragment.typeCondition.name.value);
        add(walk(fragment.selectionSet, condition && isCompositeType(condition) ? condition : parent, new Set([...seen, name])), 0, 1, 0);
      }
    }
    return shape;
  };
  return walk(operation.selectionSet, root, new Set());
}

/**
 * One validation rule checking depth, aliases and cost of every operation; a query over a limit is
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
      if (shape.cost > limits.maxCost) {
        context.reportError(new GraphQLError(`Query is too expensive: estimated cost ${shape.cost}, at most ${limits.maxCost} is allowed (ask for fewer nested lists)`, { nodes: [operation] }));
      }
    },
  });
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

