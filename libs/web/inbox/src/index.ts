export * from './lib/inbox.page';
export * from './lib/route-step-state';
