import type { Route } from '../route';
import type { Claims } from '../session';

/** What every page receives: where it is (including the moment shown) and who is looking. */
export interface PageProps {
  route: Route;
  claims: Claims;
}
