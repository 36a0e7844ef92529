/// <reference lib="dom" />
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { href, type Route } from './route';
import { mayCoordinate, type Claims } from './session';

function Nav({ route, claims }: { route: Route; claims: Claims }) {
  const links: Array<[string, string]> = [
    ['', 'Overview'],
    ['exceptions', 'Exceptions'],
    ['charts', 'Charts'],
    ['my-actions', 'My actions'],
    ['returns', 'Returns'],
    ...(claims.roles.includes('admin') ? ([['people', 'People']] as Array<[string, string]>) : []),
    ...(mayCoordinate(claims) ? ([['coordinator', 'Quarterly updates'], ['approvals', 'Approvals'], ['import', 'Import a plan'], ['upkeep', 'Plan upkeep']] as Array<[string, string]>) : []),
  ];
  const here = route.path[0] ?? '';
  return h(
    'nav',
    { 'aria-label': 'Main' },
    h('ul', null, links.map(([path, label]) => h('li', { key: path }, h('a', { href: href(`/${path}`, path === 'coordinator' || path === 'import' || path === 'upkeep' || path === 'approvals' ? null : route.asOf), 'aria-current': here === path ? 'page' : undefined }, label)))),
  );
}

/**
 * The top bar. On a phone or narrow tablet the links and the user fold behind a "Menu" button
 * (shown by layout.css only there), so the page's figures start near the top of the screen.
 */
export function Header({ route, claims, onSignOut }: { route: Route; claims: Claims; onSignOut: () => void }) {
  const [open, setOpen] = useState(false);
  const path = route.path.join('/');
  useEffect(() => setOpen(false), [path]);
  return h(
    'header',
    { class: `top no-print${open ? ' menu-open' : ''}` },
    h('p', { class: 'brand' }, h('a', { href: href('/', route.asOf) }, 'SaferPlan')),
    h('button', { type: 'button', class: 'menu-toggle', 'aria-expanded': open ? 'true' : 'false', 'aria-controls': 'top-menu', onClick: () => setOpen(!open) }, open ? 'Close menu' : 'Menu'),
    h(
      'div',
      { class: 'top-menu', id: 'top-menu' },
      h(Nav, { route, claims }),
      h('p', { class: 'user' }, h('span', { class: 'user-name' }, `${claims.name} (${claims.roles.join(', ') || 'no roles'}) `), h('button', { type: 'button', class: 'link', onClick: onSignOut }, 'Sign out')),
    ),
  );
}
