export * from './lib/stage-badge';
export * from './lib/local-time';
export * from './lib/action-state';
export * from './lib/dialog-submission';
export * from './lib/feature-facade';
export * from './lib/permission';
export * from './lib/ask';
export * from './lib/auction-clock';
