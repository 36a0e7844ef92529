import { gql } from '../api';
import { yearsOf } from '../figures';
import type { TreeQuery, TreeQueryVariables } from '../generated/graphql-types';
import type { Partnership } from '../model';
import { TREE } from '../queries';

/** Every partnership with its plans, priorities and actions, as recorded at the moment viewed. */
export async function loadTree(asOf: string | null): Promise<Partnership[]> {
  const data = await gql<TreeQuery, TreeQueryVariables>(TREE, { asOf });
  return data.partnerships;
}

/** The financial year a page shows: the one in the link, else the latest with a plan. */
export function chosenYear(partnerships: Partnership[], requested: string | null): string | null {
  const years = yearsOf(partnerships);
  return requested && years.includes(requested) ? requested : (years[0] ?? null);
}
