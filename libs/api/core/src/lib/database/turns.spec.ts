import { KeyedTurns } from './turns';

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('KeyedTurns', () => {
  it('runs the work of one key one at a time, in the order it came, and other keys alongside', async () => {
    const turns = new KeyedTurns();
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const work = (name: string) => async () => {
      running++;
      most = Math.max(most, running);
      log.push(`${name} starts`);
      await tick();
      log.push(`${name} ends`);
      running--;
      return name;
    };
    const a = [turns.run('a', work('a1')), turns.run('a', work('a2')), turns.run('a', work('a3'))];
    const b = turns.run('b', work('b1'));
    expect(await Promise.all([...a, b])).toEqual(['a1', 'a2', 'a3', 'b1']);
    const ofA = log.filter((l) => l.startsWith('a'));
    expect(ofA).toEqual(['a1 starts', 'a1 ends', 'a2 starts', 'a2 ends', 'a3 starts', 'a3 ends']);
    // b did not wait for a's queue.
    expect(log.indexOf('b1 starts')).toBeLessThan(log.indexOf('a1 ends'));
    expect(most).toBe(2);
  });

  it('runs up to its limit of one key at a time, the rest as places free up, in order', async () => {
    const turns = new KeyedTurns(2);
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const all = Array.from({ length: 6 }, (_, i) =>
      turns.run('k', async () => {
        started.push(i);
        most = Math.max(most, ++running);
        await tick(5 + (i % 2) * 5);
        running--;
      }),
    );
    await Promise.all(all);
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(turns.size).toBe(0);
  });

  it('goes on with the next turn after a failure, which reaches only its own caller, and forgets idle keys', async () => {
    const turns = new KeyedTurns();
    const failed = turns.run('k', async () => {
      await tick();
      throw new Error('refused');
    });
    const next = turns.run('k', async () => 'taken');
    await expect(failed).rejects.toThrow('refused');
    expect(await next).toBe('taken');
    await tick();
    expect(turns.size).toBe(0);
  });
});
