export * from './lib/rfq.module';
export * from './lib/entities';
export * from './lib/services/rfq.service';
export * from './lib/services/quote.service';
export * from './lib/services/portal.service';
export * from './lib/services/question.service';
export * from './lib/services/rfq-closing.service';
export * from './lib/services/quote-content';
export { RfqType } from './lib/dto/rfq.types';
