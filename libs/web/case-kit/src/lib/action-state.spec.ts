import { ErrorCode } from '@bc/shared/domain';
import { ActionState } from './action-state';

describe('ActionState', () => {
  it('is busy while a command runs and answers its result', async () => {
    const state = new ActionState();
    let busyDuring = false;
    const result = await state.run(async () => {
      busyDuring = state.busy();
      return 42;
    });
    expect(busyDuring).toBe(true);
    expect(result).toBe(42);
    expect(state.busy()).toBe(false);
    expect(state.error()).toBeNull();
  });

  it('keeps the error of a failed command, answers undefined and runs afterError', async () => {
    const seen: string[] = [];
    const state = new ActionState((error) => {
      seen.push(error.code);
    });
    const result = await state.run(async () => {
      throw { code: ErrorCode.CONFLICT, message: 'changed meanwhile' };
    });
    expect(result).toBeUndefined();
    expect(state.error()?.code).toBe(ErrorCode.CONFLICT);
    expect(seen).toEqual([ErrorCode.CONFLICT]);
    expect(state.busy()).toBe(false);
  });

  it('marks loading while it reads and keeps an earlier error only when asked', async () => {
    const state = new ActionState(undefined, true);
    expect(state.loading()).toBe(true);
    state.error.set({ code: ErrorCode.STALE, message: 'stale' });
    await state.load(async () => undefined, true);
    expect(state.error()?.code).toBe(ErrorCode.STALE);
    await state.load(async () => undefined);
    expect(state.error()).toBeNull();
    expect(state.loading()).toBe(false);
  });
});
