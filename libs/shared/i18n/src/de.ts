/* The German table alone: the web loads the active language's table lazily (one chunk each). */
export { de } from './lib/translations/de';
