export * from './lib/portal.page';
export * from './lib/rfq/portal-rfq.page';
export * from './lib/register/supplier-registration.page';
export * from './lib/colleagues/colleagues.page';
export * from './lib/auction/portal-auction.page';
export * from './lib/scorecards/portal-scorecards.page';
