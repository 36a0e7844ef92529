import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError } from '@saferplan/domain';
import { PlanProjector } from '@saferplan/projections';
import { decideAccess } from './access-policy';
import { requirePrincipal } from './request-auth';

/**
 * Access to operations: every GraphQL query and mutation, and every HTTP route of a Nest
 * controller, is looked up in ACCESS_POLICY by operation name. Registered as APP_GUARD. The
 * fields a query follows into a partnership's plan details are checked against the same policy
 * (NESTED_READ_POLICY) by their resolvers, through nested-read.ts.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(private readonly projector: PlanProjector) {}

  canActivate(context: ExecutionContext): boolean {
    const { operation, request, args } = this.callOf(context);
    const principal = requirePrincipal(request);
    const decision = decideAccess(operation, principal, args, this.projector.queries);
    if (decision.allowed) return true;
    if (decision.unlisted) {
      this.logger.error(`${operation} has no rule in apps/api/src/auth/access-policy.ts: refused for everyone until one is added`);
    }
    throw new ForbiddenError(decision.reason);
  }

  private callOf(context: ExecutionContext): { operation: string; request: unknown; args: Record<string, any> } {
    if (context.getType<string>() === 'graphql') {
      const graphql = GqlExecutionContext.create(context);
      return { operation: graphql.getInfo().fieldName, request: graphql.getContext().req, args: graphql.getArgs() ?? {} };
    }
    const request = context.switchToHttp().getRequest<{ params?: Record<string, string>; query?: Record<string, string> }>();
    return { operation: context.getHandler().name, request, args: { ...request.query, ...request.params } };
  }
}
