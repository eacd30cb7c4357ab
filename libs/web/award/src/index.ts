export * from './lib/award-panel';
export * from './lib/negotiation-panel';
