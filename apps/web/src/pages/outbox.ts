import { h } from 'preact';
import { gql } from '../api';
import type { OutboxQuery } from '../generated/graphql-types';
import { OUTBOX } from '../queries';
import { ErrorNotice, formatInstant, Loading, Page, useLoad } from '../ui';
import type { PageProps } from './context';

/** Development outbox: what reminders would have mailed, for an administrator checking them without a mail server. */
export function OutboxPage(_props: PageProps) {
  const mails = useLoad(() => gql<OutboxQuery>(OUTBOX), []);
  const title = 'Outbox';
  if (mails.error) return h(Page, { title }, h(ErrorNotice, { error: mails.error }));
  if (!mails.data) return h(Page, { title }, h(Loading, null));
  const { outbox } = mails.data;
  return h(
    Page,
    { title },
    h('p', { class: 'explain' }, 'Without SMTP_URL, in development, reminder mails are kept here (and in the server log) instead of being sent. With SMTP_URL set this stays empty.'),
    outbox.length === 0
      ? h('p', null, 'No mails yet.')
      : h(
          'ol',
          { class: 'outbox' },
          outbox.map((mail, index) =>
            h(
              'li',
              { key: index },
              h('h2', null, mail.subject),
              h('p', { class: 'meta' }, `To ${mail.to}, from ${mail.from}, ${formatInstant(mail.at)}`),
              h('pre', { class: 'mail-text' }, mail.text),
            ),
          ),
        ),
  );
}
