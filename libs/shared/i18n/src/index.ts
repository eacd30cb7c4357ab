export { en } from './lib/translations/en';
export { de } from './lib/translations/de';
export type { Catalogue, DocumentTranslations, Translations } from './lib/translations/translations';
// The documents' catalogue and translator: `@bc/shared/i18n/documents` (kept out of the web's bundle).
