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
