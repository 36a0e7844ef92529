import { principalOf } from '../auth/request-auth';
import type { CommandInput } from '../common/command-input';
import type { CommandOptions } from '../common/command-options';
import { IMPORT_COMMAND_PREFIX } from '../common/command-fingerprint';
import { InvalidInputError } from '@saferplan/domain';

/** What resolvers see of the HTTP request (mercurius passes it into the GraphQL context). */
export interface GraphQLContext {
  req?: { headers: Record<string, string | string[] | undefined>; id?: string };
}

/** Only reachable without a token if a route were left unguarded; recorded rather than guessed. */
const ANONYMOUS = { sub: 'anonymous', name: 'anonymous' };

/**
 * Who is acting: the verified bearer token's `sub` (recorded as the event's actor) and `name`
 * (its actorName). The access guard has already refused requests without a valid token.
 */
export function actorOf(context: GraphQLContext): { actor: string; actorName: string } {
  const principal = principalOf(context.req) ?? ANONYMOUS;
  return { actor: principal.sub, actorName: principal.name };
}

export function commandOptions(input: CommandInput, context: GraphQLContext): CommandOptions {
  const principal = principalOf(context.req);
  return {
    ...actorOf(context),
    caller: principal ? { roles: principal.roles, partnerships: principal.partnerships } : null,
    commandId: clientCommandId(input.commandId),
    expectedVersion: input.expectedVersion ?? null,
    correlationId: context.req?.id ? String(context.req.id) : null,
    input,
  };
}

function clientCommandId(commandId: string | null | undefined): string | null {
  if (commandId?.startsWith(IMPORT_COMMAND_PREFIX)) {
    throw new InvalidInputError('commandId', `commandId must not start with "${IMPORT_COMMAND_PREFIX}": those ids are kept for action plan imports`);
  }
  return commandId ?? null;
}
