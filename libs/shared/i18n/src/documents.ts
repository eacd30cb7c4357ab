/*
 * The catalogue as the API's documents read it: the screens' words and the documents' own, with
 * `translator`. A separate entry point so that the web's bundle, which imports `en`/`de` from
 * `@bc/shared/i18n`, never carries the documents' words.
 */
export { CATALOGUE, interpolate, translator } from './lib/translate';
export type { GroupKey, MessageKey, MessageParams, Subtree, Translate } from './lib/translate';
