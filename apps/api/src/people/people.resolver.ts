import { Inject } from '@nestjs/common';
import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import type { ActionView, MilestoneView } from '@saferplan/projections';
import { requirePrincipal } from '../auth/request-auth';
import { asOfArg } from '../graphql/as-of.arg';
import { ActionObject } from '../graphql/objects/action.object';
import { type Scoped, scoped, scopeOf } from '../graphql/read-scope';
import { ReadScopes } from '../graphql/read-scopes';
import type { GraphQLContext } from '../graphql/request-context';
import { readableOnly } from '../auth/nested-read';
import { MeObject } from './me.object';
import { rolesOfMe } from './me-roles';
import { myActions } from './my-actions/my-actions';
import { MyActionObject } from './my-actions/my-action.object';
import { PeopleDirectory } from './people-directory';
import { type PeopleView, peopleByName, type PersonView } from './people.projection';
import { PersonObject } from './person.object';
import { type OpenReportingDeadlines, REPORTING_DEADLINES } from '../common/reporting-deadlines';

@Resolver()
export class PeopleResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readScopes: ReadScopes,
    @Inject(REPORTING_DEADLINES) private readonly openDeadlines: OpenReportingDeadlines,
  ) {}

  private directory(asOf?: Date | null): Promise<PeopleView> {
    const people = PeopleDirectory.of(this.store);
    return asOf ? people.asOf(asOf) : people.live();
  }

  @Query(() => [PersonObject], { description: 'Everyone recorded, by name; with asOf, as they and their roles stood then' })
  async people(@Args('asOf', asOfArg) asOf?: Date | null): Promise<PersonView[]> {
    return peopleByName(await this.directory(asOf));
  }

  @Query(() => PersonObject, { nullable: true })
  async person(@Args('id', { type: () => ID }) id: string, @Args('asOf', asOfArg) asOf?: Date | null): Promise<PersonView | null> {
    return (await this.directory(asOf)).byId.get(id) ?? null;
  }

  @Query(() => MeObject, { description: 'Who is signed in: open to anyone signed in, with or without a role' })
  async me(@Context() context: GraphQLContext): Promise<MeObject> {
    const principal = requirePrincipal(context.req);
    const people = await this.directory();
    const administrators = peopleByName(people).filter((person) => person.roles.some((held) => held.role === 'admin'));
    const person = principal.personId ? people.byId.get(principal.personId) : undefined;
    return {
      id: person?.id ?? null,
      sub: principal.sub,
      name: principal.name,
      email: principal.email ?? null,
      organisation: person?.organisation ?? null,
      roles: rolesOfMe(principal, person),
      partnerships: principal.partnerships,
      contributes: principal.contributes ?? [],
      person: person ?? null,
      administrators,
    };
  }

  @Query(() => [MyActionObject], { description: 'Open actions I own or coordinate: what is due this quarter and by when, what is late' })
  async myActions(@Context() context: GraphQLContext, @Args('asOf', asOfArg) asOf?: Date | null): Promise<MyActionObject[]> {
    const principal = requirePrincipal(context.req);
    const scope = await this.readScopes.resolve(asOf);
    // Deadlines come from each partnership's reporting calendar for the years it has plans in.
    const partnerships = scope.queries.partnerships();
    const years = partnerships.flatMap((p) => p.planIds.map((planId) => scope.queries.actionPlan(planId)?.financialYear ?? [])).flat();
    const deadlineOf = await this.openDeadlines({ partnershipIds: partnerships.map((p) => p.id), financialYears: [...new Set(years)], asOf });
    const mine = myActions(scope.queries, { personId: principal.personId, partnerships: principal.roles.includes('coordinator') ? principal.partnerships : [] }, scope.asOfDate, deadlineOf);
    const withStatus = (milestone: MilestoneView) => ({ ...milestone, status: scope.queries.milestoneStatus(milestone, scope.asOfDate) });
    // One check covers the three fields that lead into the action (MyAction.* in NESTED_READ_POLICY).
    return readableOnly('MyAction.action', context, mine, (each) => each.action.partnershipId).map((each) => ({
      ...each,
      action: scoped(each.action, scope),
      milestonesDue: each.milestonesDue.map(withStatus),
      lateMilestones: each.lateMilestones.map(withStatus),
    }));
  }
}

/** Action.owner: the person, as the directory stood at the action's own moment. */
@Resolver(() => ActionObject)
export class ActionOwnerResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @ResolveField(() => PersonObject, { nullable: true, description: 'The person who owns the action; null when nobody does yet' })
  async owner(@Parent() action: Scoped<ActionView>): Promise<PersonView | null> {
    if (!action.ownerId) return null;
    const { asOf } = scopeOf(action);
    const people = PeopleDirectory.of(this.store);
    return (await (asOf ? people.asOf(asOf) : people.live())).byId.get(action.ownerId) ?? null;
  }
}
