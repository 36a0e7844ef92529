/// <reference lib="dom" />
import { h } from 'preact';
import type { Claims } from '../session';
import { Page } from '../ui';

/** Signed in, but SaferPlan has given this person no role yet: say whom to ask. */
export function NoRolePage({ claims }: { claims: Claims }) {
  const administrators = claims.administrators ?? [];
  return h(
    Page,
    { title: 'You have no role in SaferPlan yet' },
    h('p', null, `You are signed in as ${claims.name}, but nobody has given you a role, so there is nothing you can see or change yet.`),
    administrators.length
      ? h('div', null,
          h('p', null, 'Ask an administrator to grant you one:'),
          h('ul', null, administrators.map((admin) => h('li', { key: admin.email }, `${admin.name}, `, h('a', { href: `mailto:${admin.email}` }, admin.email)))))
      : h('p', null, 'No administrator is recorded yet: ask whoever runs SaferPlan for your council.'),
  );
}
