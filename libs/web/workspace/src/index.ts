export * from './lib/workspace.page';
