export { webDocument } from '../test/support/web-operations';

/**
 * The measured operations, in one place: each is the web's own operation document (read from
 * libs/web/data-access/src/lib/graphql/operations/*.graphql, with the fragments it uses) with the
 * variables the web's page sends, and the name of its twin on the hand-written SQL server (sql-server.ts).
 * Lists are paged by keyset: a first page sends `limit`, the last page `last: true`.
 */
export interface Operation {
  name: string;
  /** The user whose session sends it. */
  as: 'buyer' | 'decider';
  /** The web's operation name (the document is looked up by it). */
  document: string;
  variables: (ctx: { caseId: string }) => Record<string, unknown>;
  /** The SQL server's path for the same rows. */
  sql: string;
}

const OPEN_STAGES = ['NEED', 'SPECIFICATION', 'SOURCING', 'RFQ', 'EVALUATION', 'NEGOTIATION', 'DECISION'];

export const OPERATIONS: Operation[] = [
  { name: 'case list, 20 rows', as: 'buyer', document: 'PurchaseCases', variables: () => ({ filter: {}, limit: 20 }), sql: '/cases?limit=20' },
  { name: 'case list, 100 rows', as: 'buyer', document: 'PurchaseCases', variables: () => ({ filter: {}, limit: 100 }), sql: '/cases?limit=100' },
  { name: 'case list, 20 rows, last page', as: 'buyer', document: 'PurchaseCases', variables: () => ({ filter: {}, limit: 20, last: true }), sql: '/cases?limit=20&last=1' },
  {
    name: 'supplier search',
    as: 'buyer',
    document: 'Suppliers',
    variables: () => ({ filter: { search: 'hydraulik', status: ['QUALIFIED', 'APPROVED'] }, limit: 25 }),
    sql: '/suppliers?search=hydraulik&status=QUALIFIED,APPROVED&limit=25',
  },
  { name: 'case detail', as: 'buyer', document: 'PurchaseCase', variables: ({ caseId }) => ({ id: caseId }), sql: '/case?id=' },
  { name: 'decider inbox, 20 proposals', as: 'decider', document: 'DeciderInbox', variables: () => ({ limit: 20 }), sql: '/inbox?limit=20' },
  // The board's default view sends PurchaseCases (open stages, BOARD_LIMIT 100) and PurchaseCaseCounts
  // side by side, as two requests: measured as two rows.
  {
    name: 'case board, default view',
    as: 'buyer',
    document: 'PurchaseCases',
    variables: () => ({ filter: { stage: OPEN_STAGES }, limit: 100 }),
    sql: '/board',
  },
  { name: 'case board, stage counts', as: 'buyer', document: 'PurchaseCaseCounts', variables: () => ({}), sql: '/counts' },
];

export const SIGN_IN = 'SignIn';

