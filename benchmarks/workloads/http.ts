export { post as graphql } from '../lib/server-process';
