import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError } from '@saferplan/domain';
import { PlanProjector } from '@saferplan/projections';
import { ACCESS_RULES, type AccessTable, decideAccessIn } from './access-policy';
import { requirePrincipal } from './request-auth';

/**
 * Access to operations: every GraphQL query and mutation, and every HTTP route of a Nest
 * controller, is looked up by operation name in the access table (ACCESS_RULES). Registered as APP_GUARD. The
 * fields a query follows into a partnership's plan details are checked against the same policy
 * (NESTED_READ_POLICY) by their resolvers, through nested-read.ts.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly projector: PlanProjector,
    @Inject(ACCESS_RULES) private readonly table: AccessTable,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const { operation, request, args } = this.callOf(context);
    const principal = requirePrincipal(request);
    const decision = decideAccessIn(this.table, operation, principal, args, this.projector.queries);
    if (decision.allowed) return true;
    if (decision.unlisted) {
      this.logger.error(`${operation} has no access rule (its use case's slice or auth/access-policy.ts): refused for everyone until one is added`);
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
