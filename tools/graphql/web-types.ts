import {
  buildSchema,
  GraphQLEnumType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  GraphQLScalarType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  typeFromAST,
  validate,
} from 'graphql';
import { ACTION, APPROVAL_QUEUE, COUNTY, FUNDING, FUNDING_SOURCES, HISTORY, IMPORT_ACTION_PLAN, INDICATORS, RETURNS, TREE } from '../../apps/web/src/queries';
import { REGENERATE } from './live-schema';

/** The web app's reads; each gets a result type and a variables type named after its operation. */
const WEB_OPERATIONS = [TREE, COUNTY, FUNDING, ACTION, HISTORY, INDICATORS, IMPORT_ACTION_PLAN, FUNDING_SOURCES, RETURNS, APPROVAL_QUEUE];

/** How each scalar arrives in JSON: our DateTime and Date are ISO-8601 strings. */
const SCALARS: Record<string, string> = {
  ID: 'string',
  String: 'string',
  Boolean: 'boolean',
  Int: 'number',
  Float: 'number',
  DateTime: 'string',
  Date: 'string',
};

const pad = (depth: number): string => '  '.repeat(depth);

function leafType(type: GraphQLScalarType | GraphQLEnumType): string {
  if (type instanceof GraphQLEnumType) return type.name;
  const ts = SCALARS[type.name];
  if (!ts)
    throw new Error(`No TypeScript type for the scalar ${type.name}: add it to SCALARS in tools/graphql/web-types.ts`);
  return ts;
}

function outputType(type: GraphQLOutputType, selection: SelectionSetNode | undefined, depth: number): string {
  if (type instanceof GraphQLNonNull) return outputType(type.ofType, selection, depth).replace(/ \| null$/, '');
  if (type instanceof GraphQLList) return `Array<${outputType(type.ofType, selection, depth)}> | null`;
  if (type instanceof GraphQLScalarType || type instanceof GraphQLEnumType) return `${leafType(type)} | null`;
  if (!(type instanceof GraphQLObjectType) || !selection) throw new Error(`Cannot type a selection of ${String(type)}`);
  return `${objectType(type, selection, depth)} | null`;
}

function objectType(type: GraphQLObjectType, selection: SelectionSetNode, depth: number): string {
  const fields = selection.selections.map((node) => {
    if (node.kind !== Kind.FIELD) throw new Error('The web types generator reads fields only, not fragments');
    const name = node.alias?.value ?? node.name.value;
    if (node.name.value === '__typename') return `${pad(depth + 1)}${name}: '${type.name}';`;
    const field = type.getFields()[node.name.value];
    return `${pad(depth + 1)}${name}: ${outputType(field.type, node.selectionSet, depth + 1)};`;
  });
  return `{\n${fields.join('\n')}\n${pad(depth)}}`;
}

function inputType(type: GraphQLInputType): string {
  if (type instanceof GraphQLNonNull) return inputType(type.ofType).replace(/ \| null$/, '');
  if (type instanceof GraphQLList) return `Array<${inputType(type.ofType)}> | null`;
  if (type instanceof GraphQLScalarType || type instanceof GraphQLEnumType) return `${leafType(type)} | null`;
  return `${type.name} | null`;
}

function operationTypes(schema: GraphQLSchema, operation: OperationDefinitionNode): string {
  const name = operation.name?.value;
  if (!name) throw new Error('Every web operation needs a name: its types are named after it');
  const suffix = operation.operation === 'query' ? 'Query' : 'Mutation';
  const root = operation.operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  if (!root) throw new Error(`The schema has no ${operation.operation} type`);
  const variables = (operation.variableDefinitions ?? []).map((definition) => {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType;
    const optional = type instanceof GraphQLNonNull ? '' : '?';
    return `  ${definition.variable.name.value}${optional}: ${inputType(type)};`;
  });
  return [
    `export interface ${name}${suffix} ${objectType(root, operation.selectionSet, 0)}`,
    // A type, not an interface, so it is assignable to the Record that gql() takes.
    `export type ${name}${suffix}Variables = {\n${variables.join('\n')}\n};`,
  ].join('\n\n');
}

/** The TypeScript the web app reads its answers with, from the committed schema and the web app's queries. */
export function webTypes(schemaSdl: string): string {
  const schema = buildSchema(schemaSdl);
  const enums = Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLEnumType => type instanceof GraphQLEnumType && !type.name.startsWith('__'))
    .map(
      (type) =>
        `export type ${type.name} = ${type
          .getValues()
          .map((value) => `'${value.value}'`)
          .join(' | ')};`,
    );
  const operations = WEB_OPERATIONS.map((source) => {
    const document = parse(source);
    const errors = validate(schema, document);
    if (errors.length)
      throw new Error(`A web query no longer fits the schema: ${errors.map((e) => e.message).join('; ')}`);
    return document.definitions
      .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
      .map((definition) => operationTypes(schema, definition))
      .join('\n\n');
  });
  return [
    `// Generated from schema.graphql and apps/web/src/queries.ts by \`${REGENERATE}\`: do not edit.`,
    '',
    enums.join('\n'),
    '',
    operations.join('\n\n'),
    '',
  ].join('\n');
}
