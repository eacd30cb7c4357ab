export * from './lib/rfq.page';
