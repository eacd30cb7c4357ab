export * from './lib/provide-i18n';
export * from './lib/language.service';
export * from './lib/pipes/amount.pipe';
export * from './lib/pipes/date.pipe';
export type { Translations } from './lib/translations/translations';
export * from './lib/pipes/quantity.pipe';
export * from './lib/pipes/criterion-name.pipe';
export * from './lib/pipes/cpv-label.pipe';
export * from './lib/pipes/plural.pipe';
