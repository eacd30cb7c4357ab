export * from './lib/needs.routes';
