/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and sums time by function and by package: self time (the
 * samples whose top frame it is) and total time (the samples it is anywhere on the stack of, counted
 * once per sample). Used by profile.ts; also runnable alone:
 *   node -r ts-node/register apps/api/bench/profile-summary.ts /tmp/prof/x.cpuprofile [top]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `@nestjs/core`, `graphql`, … for a file under node_modules; the file name otherwise; `(program)` etc. for V8's own. */
function packageOf(url: string): string {
  const at = url.lastIndexOf('node_modules/');
  if (at < 0) return url ? url.replace(/^file:\/\//, '').replace(/^.*\/(dist|apps|libs)\//, '$1/') : '(native)';
  const parts = url.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

const frameName = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${packageOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

function table(title: string, totals: Map<string, number>, all: number, top: number): string {
  const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [`## ${title}`, ...rows.map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / all).toFixed(1).padStart(5)} %  ${k}`)].join('\n');
}

export function summarizeProfile(file: string, top = 40): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfFn = new Map<string, number>();
  const selfPkg = new Map<string, number>();
  const totalFn = new Map<string, number>();
  const totalPkg = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    all += dt;
    add(selfFn, frameName(node), dt);
    add(selfPkg, packageOf(node.callFrame.url), dt);
    const seenFn = new Set<string>();
    const seenPkg = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at) as ProfileNode;
      seenFn.add(frameName(n));
      seenPkg.add(packageOf(n.callFrame.url));
    }
    for (const k of seenFn) add(totalFn, k, dt);
    for (const k of seenPkg) add(totalPkg, k, dt);
  });
  return [
    `busy ${(all / 1000).toFixed(0)} ms`,
    table('self time by function', selfFn, all, top),
    table('self time by package', selfPkg, all, 25),
    table('total time by function (on the stack)', totalFn, all, top),
    table('total time by package (on the stack)', totalPkg, all, 25),
  ].join('\n\n');
}

if (require.main === module) {
  const [file, top] = process.argv.slice(2);
  console.log(summarizeProfile(file, Number(top ?? 40)));
}
