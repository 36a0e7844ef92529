import { h } from 'preact';
import { useState } from 'preact/hooks';
import { gql } from '../api';
import type { ApprovalQueueQuery } from '../generated/graphql-types';
import { APPROVAL_QUEUE } from '../queries';
import { ErrorNotice, Loading, Page, RagChip, field, formatInstant, useLoad } from '../ui';
import { useWrite, valueOf } from '../write';
import type { PageProps } from './context';

type Entry = ApprovalQueueQuery['approvalQueue'][number];

/** One submitted update: approve it, or return it with a comment. */
function Submitted({ entry, onDone }: { entry: Entry; onDone: (message: string) => void }) {
  const write = useWrite();
  const [comment, setComment] = useState('');
  const { update } = entry;
  const id = `${entry.actionId}-${update.quarter.replace(/[^A-Za-z0-9]/g, '-')}`;
  const target = { actionId: entry.actionId, quarter: update.quarter };
  const heading = `${entry.actionTitle}, ${update.quarter}`;
  return h(
    'article',
    { class: 'card', 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, heading),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'Partnership'), h('dd', null, entry.partnershipName),
      h('dt', null, 'RAG'), h('dd', null, h(RagChip, { rag: update.rag })),
      h('dt', null, 'Complete'), h('dd', null, `${update.percentComplete}%`),
      h('dt', null, 'Narrative'), h('dd', null, update.narrative),
      h('dt', null, 'Submitted'), h('dd', null, `${update.recordedBy}, ${formatInstant(update.recordedAt)}`),
    ),
    write.error ? h('p', { class: 'field-error', role: 'alert' }, `Error: ${write.error.message}`) : null,
    h(
      'button',
      { type: 'button', disabled: write.busy, onClick: () => void write.run('approveQuarterlyUpdate', target, 'Approved').then((done) => done && onDone(`Approved: ${heading}`)) },
      `Approve ${update.quarter} update`,
    ),
    h(
      'form',
      {
        onSubmit: (event: Event) => {
          event.preventDefault();
          void write.run('returnQuarterlyUpdate', { ...target, comment }, 'Returned').then((done) => done && onDone(`Returned with your comment: ${heading}`));
        },
      },
      field({ id: `${id}-comment`, label: 'Comment for the contributor', hint: 'Say what to change before they send it in again', error: write.fieldErrors.comment }, (describedBy, invalid) =>
        h('textarea', { id: `${id}-comment`, rows: 3, value: comment, 'aria-describedby': describedBy, 'aria-invalid': invalid ? 'true' : undefined, onInput: (e: Event) => setComment(valueOf(e)) }),
      ),
      h('button', { type: 'submit', disabled: write.busy }, 'Return with comment'),
    ),
  );
}

/** The coordinator's approval queue: contributors' updates that do not count until approved. */
export function ApprovalsPage(_props: PageProps) {
  const title = 'Approvals';
  const [round, setRound] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const queue = useLoad(() => gql<ApprovalQueueQuery>(APPROVAL_QUEUE), [round]);
  const done = (text: string) => {
    setMessage(text);
    setRound(round + 1);
  };
  if (queue.error) return h(Page, { title }, h(ErrorNotice, { error: queue.error }));
  if (!queue.data) return h(Page, { title }, h(Loading, null));
  const entries = queue.data.approvalQueue;
  return h(
    Page,
    { title },
    h('p', { role: 'status', class: 'explain' }, message ?? ''),
    entries.length === 0
      ? h('p', null, 'No updates are waiting for approval.')
      : [h('p', { key: 'count' }, `${entries.length} ${entries.length === 1 ? 'update waits' : 'updates wait'} for approval, oldest first.`), ...entries.map((entry) => h(Submitted, { key: `${entry.actionId} ${entry.update.quarter}`, entry, onDone: done }))],
  );
}
