import type { ActionView } from '../views';

/**
 * JSON.parse gives every occurrence of a string its own copy. A national read model repeats the
 * same few values hundreds of thousands of times (each milestone's action id and due quarter,
 * reached-on dates, RAG, who recorded an update), so loading stored documents points them all at
 * one copy: about a fifth of the server's memory at a million events. Values only, never
 * identity, so documents compare and serialise exactly as before.
 */
export class SharedStrings {
  private readonly strings = new Map<string, string>();

  share<T extends string | null>(value: T): T {
    if (value === null) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known as T;
    this.strings.set(value, value);
    return value;
  }

  /** Shares the repeated strings of a stored action document, in place. */
  shareAction(action: ActionView): void {
    action.planId = this.share(action.planId);
    action.priorityId = this.share(action.priorityId);
    action.partnershipId = this.share(action.partnershipId);
    action.financialYear = this.share(action.financialYear);
    action.leadAgency = this.share(action.leadAgency);
    action.status = this.share(action.status);
    for (const milestone of action.milestones) {
      milestone.actionId = action.id;
      milestone.dueQuarter = this.share(milestone.dueQuarter);
      milestone.reachedOn = this.share(milestone.reachedOn);
    }
    for (const update of action.updates) {
      update.quarter = this.share(update.quarter);
      update.rag = this.share(update.rag);
      update.recordedBy = this.share(update.recordedBy);
    }
  }
}
