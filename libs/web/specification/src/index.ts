export * from './lib/specification.page';
