export * from './lib/stage-badge';
export * from './lib/local-time';
export * from './lib/action-state';
export * from './lib/dialog-submission';
