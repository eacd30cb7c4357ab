export * from './lib/analytics.page';
