/* The English table alone: the web loads the active language's table lazily (one chunk each). */
export { en } from './lib/translations/en';
