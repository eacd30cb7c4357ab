export * from './lib/award-panel';
export * from './lib/negotiation-panel';
export * from './lib/award-scenarios-panel';
