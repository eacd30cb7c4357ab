export * from './lib/empty-state';
export * from './lib/role-chips';
export * from './lib/language-switch';
export * from './lib/error-banner';
export * from './lib/confirm-dialog';
export * from './lib/translated-paginator-intl';
export * from './lib/reason-dialog';
export * from './lib/field-errors';
