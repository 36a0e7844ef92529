import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) {
    throw badInput(`DateTime must be an ISO-8601 instant such as 2018-09-04T10:00:00Z (got ${JSON.stringify(value)})`);
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw badInput(`DateTime ${value} is not a real moment`);
  return instant;
}

/** ISO-8601 instant; parsed to a Date, served as an ISO string. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO-8601 instant, e.g. 2018-09-04T10:00:00Z',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('DateTime must be a string such as 2018-09-04T10:00:00Z');
    return parseDateTime(ast.value);
  },
});

function parseCalendarDate(value: unknown): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) throw badInput(`Date must look like YYYY-MM-DD (got ${JSON.stringify(value)})`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw badInput(`Date ${String(value)} is not a real calendar date`);
  }
  return value as string;
}

/** Calendar date YYYY-MM-DD, kept as a string so no time zone can shift it. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'Calendar date, YYYY-MM-DD',
  serialize: (value) => String(value),
  parseValue: parseCalendarDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('Date must be a string such as 2018-06-30');
    return parseCalendarDate(ast.value);
  },
});
