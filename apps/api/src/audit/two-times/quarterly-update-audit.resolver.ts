import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isLateUpdate, reportingDeadline } from '@saferplan/domain';
import type { QuarterlyUpdateView } from '@saferplan/projections';
import { QuarterlyUpdateObject } from '../../graphql/objects/action.object';
import { DateTimeScalar } from '../../graphql/scalars';
import { QuarterlyUpdateVersionObject } from './two-times.objects';

/** The two times of an update: the quarter it reports on and when it (and each correction) was recorded. */
@Resolver(() => QuarterlyUpdateObject)
export class QuarterlyUpdateAuditResolver {
  @ResolveField(() => DateTimeScalar, { description: 'When the first version of this update was recorded' })
  firstRecordedAt(@Parent() update: QuarterlyUpdateView): string {
    return firstRecordedAt(update);
  }

  @ResolveField(() => DateTimeScalar, { description: 'Updates are due 30 days after the quarter ends (end of that day, UTC)' })
  reportingDeadline(@Parent() update: QuarterlyUpdateView): string {
    return reportingDeadline(update.quarter);
  }

  @ResolveField(() => Boolean, { description: 'First recorded after the reporting deadline' })
  late(@Parent() update: QuarterlyUpdateView): boolean {
    return isLateUpdate(update.quarter, firstRecordedAt(update));
  }

  @ResolveField(() => [QuarterlyUpdateVersionObject], { description: 'Every version, oldest first, this one last' })
  history(@Parent() update: QuarterlyUpdateView): QuarterlyUpdateVersionObject[] {
    const { previousVersions, ...current } = update;
    return [...(previousVersions ?? []), current].sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
  }
}

export function firstRecordedAt(update: QuarterlyUpdateView): string {
  return [update.recordedAt, ...(update.previousVersions ?? []).map((v) => v.recordedAt)].sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}
