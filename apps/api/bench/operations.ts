import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DefinitionNode, type DocumentNode, Kind, parse, print, visit } from 'graphql';

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

const OPERATIONS_DIR = join(process.cwd(), 'libs/web/data-access/src/lib/graphql/operations');

/** Every definition of the web's operation files, by name. */
function definitions(): Map<string, DefinitionNode> {
  const byName = new Map<string, DefinitionNode>();
  for (const file of readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql'))) {
    const doc = parse(readFileSync(join(OPERATIONS_DIR, file), 'utf8'));
    for (const d of doc.definitions) {
      if ((d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) && d.name) byName.set(d.name.value, d);
    }
  }
  return byName;
}

/** The operation `name` as the web sends it: the operation and every fragment it spreads, transitively. */
export function webDocument(name: string): string {
  const defs = definitions();
  const root = defs.get(name);
  if (!root) throw new Error(`no operation ${name} in ${OPERATIONS_DIR}`);
  const needed = new Map<string, DefinitionNode>([[name, root]]);
  const queue = [root];
  while (queue.length) {
    visit(queue.pop() as DefinitionNode, {
      FragmentSpread(node) {
        const f = node.name.value;
        if (needed.has(f)) return;
        const def = defs.get(f);
        if (!def) throw new Error(`fragment ${f} not found`);
        needed.set(f, def);
        queue.push(def);
      },
    });
  }
  return print({ kind: Kind.DOCUMENT, definitions: [...needed.values()] } as DocumentNode);
}
