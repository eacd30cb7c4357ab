export { en } from './lib/translations/en';
export { de } from './lib/translations/de';
export type { Catalogue, DocumentTranslations, Translations } from './lib/translations/translations';
export { CATALOGUE, interpolate, translator } from './lib/translate';
export type { GroupKey, MessageKey, MessageParams, Subtree, Translate } from './lib/translate';
