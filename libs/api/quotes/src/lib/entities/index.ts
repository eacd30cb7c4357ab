import { Quote, QuoteRevision } from './quote.entity';

export { Quote, QuoteRevision };

export const QUOTE_ENTITIES = [Quote, QuoteRevision];
