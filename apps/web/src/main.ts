/// <reference lib="dom" />
import './styles.css';
import './layout.css';
import './overview.css';
import './print.css';
import { h, render, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { whenUnauthenticated } from './api';
import { AsOfControl } from './as-of-control';
import { Header } from './header';
import { applyRagPalette } from './rag-palette';
import { ActionPage } from './pages/action';
import { ChartsPage } from './pages/charts';
import { CoordinatorPage } from './pages/coordinator';
import { ExceptionsPage } from './pages/exceptions';
import { ImportPage } from './pages/import';
import { OverviewPage } from './pages/overview';
import { PartnershipPage } from './pages/partnership';
import { PriorityPage } from './pages/priority';
import { ReturnsPage } from './pages/returns';
import { ApprovalsPage } from './pages/approvals';
import type { PageProps } from './pages/context';
import { SignInPage } from './pages/signin';
import { UpkeepPage } from './pages/upkeep';
import { PeoplePage } from './pages/people';
import { MyActionsPage } from './pages/my-actions';
import { NoRolePage } from './pages/no-role';
import { withGrantedRoles } from './people-session';
import { currentRoute, navigate } from './route';
import { loadSession, signOutEverywhere, type Claims, type SignInOptions } from './session';

const PAGES: Record<string, FunctionComponent<PageProps>> = {
  '': OverviewPage,
  exceptions: ExceptionsPage,
  charts: ChartsPage,
  partnership: PartnershipPage,
  priority: PriorityPage,
  action: ActionPage,
  coordinator: CoordinatorPage,
  import: ImportPage,
  upkeep: UpkeepPage,
  returns: ReturnsPage,
  approvals: ApprovalsPage,
  people: PeoplePage,
  'my-actions': MyActionsPage,
};

function App() {
  const [route, setRoute] = useState(currentRoute());
  // undefined until the server has said who is signed in (the session cookie is not readable here).
  const [claims, setClaims] = useState<Claims | null | undefined>(undefined);
  const [signInOptions, setSignInOptions] = useState<SignInOptions | null>(null);
  const [signInReason, setSignInReason] = useState<string | null>(null);
  const refreshSession = () =>
    loadSession().then(async (session) => ({ ...session, claims: session.claims && (await withGrantedRoles(session.claims)) })).then(
      (session) => {
        setSignInOptions(session.options);
        setClaims(session.claims);
      },
      (error: Error) => {
        setSignInReason(error.message);
        setClaims(null);
      },
    );
  useEffect(() => {
    void refreshSession();
    const onHash = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onHash);
    whenUnauthenticated((message) => {
      setSignInReason(`Please sign in again: ${message}`);
      setClaims(null);
    });
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  // Move focus to the new page's heading so keyboard and screen-reader users start there.
  useEffect(() => {
    document.getElementById('page-title')?.focus();
  }, [route.path.join('/')]);

  if (claims === undefined) return h('main', { id: 'main' }, h('p', { class: 'loading' }, 'Loading SaferPlan'));
  if (!claims) {
    return h('main', { id: 'main' }, h(SignInPage, { reason: signInReason, options: signInOptions, onSignedIn: () => { setSignInReason(null); void refreshSession(); } }));
  }
  // Signed in with no role: every page would be refused, so say whom to ask instead.
  const page = claims.roles.length === 0 ? NoRolePage : PAGES[route.path[0] ?? ''];
  return h(
    'div',
    { class: route.asOf ? 'app as-of-active' : 'app' },
    h('a', { class: 'skip', href: '#main', onClick: (e: Event) => { e.preventDefault(); document.getElementById('page-title')?.focus(); } }, 'Skip to content'),
    h(Header, { route, claims, onSignOut: () => void signOutEverywhere().finally(() => { setClaims(null); navigate('#/'); void refreshSession(); }) }),
    h('div', { class: 'as-of-bar no-print' }, h(AsOfControl, { route })),
    h('main', { id: 'main' }, page ? h(page, { route, claims }) : h('section', null, h('h1', { id: 'page-title', tabIndex: -1 }, 'Page not found'), h('a', { href: '#/' }, 'Go to the overview'))),
  );
}

const container = document.getElementById('app') as HTMLElement;
container.textContent = ''; // the static "Loading" message from index.html
applyRagPalette();
render(h(App, null), container);
