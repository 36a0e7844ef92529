import { h } from 'preact';
import type { ActionDetail, EventRecord } from '../model';
import { formatInstant } from '../ui';
import { changesInWords } from './change-in-words';

/** Every recorded change to an action, oldest first, in words: the auditor's readable history. */
export function ActionHistory({ history, action }: { history: EventRecord[]; action: ActionDetail }) {
  const names = {
    milestones: Object.fromEntries(action.milestones.map((m) => [m.id, m.title])),
    priorities: { [action.priority.id]: action.priority.title },
    plans: {},
    lateQuarters: new Set(action.updates.filter((update) => update.late).map((update) => update.quarter)),
  };
  const changes = changesInWords(history, names);
  if (changes.length === 0) return h('p', null, 'Nothing recorded yet.');
  return h(
    'ol',
    { class: 'history-list', 'aria-label': 'Every recorded change to this action, oldest first' },
    changes.map((change, index) =>
      h(
        'li',
        { key: history[index].position },
        h(
          'p',
          { class: 'change-head' },
          h('strong', null, change.what),
          change.late ? h('span', { class: 'mark mark-late' }, 'Late') : null,
          change.afterSeal ? h('span', { class: 'mark mark-seal' }, 'After the seal') : null,
        ),
        change.facts.length ? h('dl', null, change.facts.flatMap(([label, value]) => [h('dt', { key: `${label}-t` }, label), h('dd', { key: `${label}-d` }, value)])) : null,
        h('p', { class: 'meta' }, `Recorded ${formatInstant(history[index].recordedAt)} by ${change.by}`),
      ),
    ),
  );
}
