export * from './lib/shortlist-panel';
