export * from './lib/inbox.page';
