export * from './lib/shell';
export * from './lib/not-found.page';
