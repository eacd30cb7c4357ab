export * from './lib/rfq.page';
export * from './lib/auction/auction.page';
