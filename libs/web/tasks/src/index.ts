export * from './lib/tasks.page';
