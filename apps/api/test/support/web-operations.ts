import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefinitionNode, DocumentNode, Kind, parse, print, visit } from 'graphql';

/** The web's operation documents: what tests and the benchmark send, so that they measure what users do. */
const OPERATIONS_DIR = join(__dirname, '../../../../libs/web/data-access/src/lib/graphql/operations');

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

/** The operation `name` as the web sends it: the operation and every fragment it spreads, transitively, from any of the files. */
export function webDocument(name: string): string {
  const defs = definitions();
  const root = defs.get(name);
  if (!root || root.kind !== Kind.OPERATION_DEFINITION) throw new Error(`no operation ${name} in ${OPERATIONS_DIR}`);
  const needed = new Map<string, DefinitionNode>([[name, root]]);
  const queue: DefinitionNode[] = [root];
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
