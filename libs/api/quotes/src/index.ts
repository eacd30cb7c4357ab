export * from './lib/quotes.module';
export * from './lib/entities';
export * from './lib/services/portal.service';
export * from './lib/services/quote.service';
export * from './lib/services/quote-content';
export { SealService } from './lib/services/seal.service';
export * from './lib/dto/quote.types';
export { toQuoteContentType, toRevisionType, withoutPrices } from './lib/dto/quote-mappers';
export * from './lib/services/quote-records';
