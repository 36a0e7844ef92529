/// <reference lib="dom" />
import { PEOPLE_MUTATIONS } from './people-queries';
import { useWrite } from './write';

type PeopleMutation = keyof typeof PEOPLE_MUTATIONS;

/** useWrite for the people pages' mutations, which live beside those pages. */
export const usePeopleWrite = () => useWrite<PeopleMutation>((name) => PEOPLE_MUTATIONS[name]);
