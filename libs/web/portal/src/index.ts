export * from './lib/portal.page';
