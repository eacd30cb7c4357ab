import { ErrorCode } from '@bc/shared/domain';
import { ItemList, PagedList } from './paged-list';
import { Submission } from './submission';

describe('the lists a page reads', () => {
  it('reads the page the reader is on, and goes back to the first when the filter changes', async () => {
    const asked: Array<[number, number]> = [];
    const list = new PagedList<string>(async (limit, offset) => {
      asked.push([limit, offset]);
      return { items: ['a', 'b'], total: 60 };
    });
    expect(list.loading()).toBe(true);
    expect(list.pageSizes).toEqual([25, 50, 100]);
    await list.load();
    expect(list.items()).toEqual(['a', 'b']);
    expect(list.total()).toBe(60);
    expect(list.loading()).toBe(false);
    list.page({ pageIndex: 2, pageSize: 10 });
    await Promise.resolve();
    expect(asked).toEqual([
      [25, 0],
      [10, 20],
    ]);
    list.restart();
    await Promise.resolve();
    expect(asked[2]).toEqual([10, 0]);
    expect(list.pageIndex()).toBe(0);
  });

  it('keeps a failed read as its error and message, unless the page showed it at a field', async () => {
    const failing = new ItemList<string>(async () => {
      throw { code: ErrorCode.VALIDATION_FAILED, message: 'bad', field: 'filter.country' };
    });
    await failing.load();
    expect(failing.error()?.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(failing.errorMessage()).toEqual({ key: 'errors.VALIDATION_FAILED', params: {} });
    expect(failing.empty()).toBe(false);

    const shownAtField = new ItemList<string>(
      async () => {
        throw { code: ErrorCode.VALIDATION_FAILED, message: 'bad', field: 'filter.country' };
      },
      { handleError: (error) => error.field === 'filter.country' },
    );
    await shownAtField.load();
    expect(shownAtField.error()).toBeNull();
    expect(shownAtField.empty()).toBe(true);
  });

  it('counts a plain list, replaces a changed row and takes removed ones out', async () => {
    const list = new ItemList<{ id: string; v: number }>(async () => [
      { id: 'a', v: 1 },
      { id: 'b', v: 1 },
    ]);
    await list.load();
    expect(list.total()).toBe(2);
    list.replace({ id: 'b', v: 2 }, (x, y) => x.id === y.id);
    expect(list.items()).toEqual([
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
    ]);
    list.remove((row) => row.id === 'a');
    expect(list.items()).toEqual([{ id: 'b', v: 2 }]);
    expect(list.total()).toBe(1);
    list.remove(() => true);
    expect(list.empty()).toBe(true);
  });
});

describe('a submission', () => {
  it('is busy while it runs and keeps the error it ended in, unless the page showed it at a field', async () => {
    const submission = new Submission();
    let busyInside = false;
    expect(await submission.run(async () => (busyInside = submission.busy()))).toBe(true);
    expect(busyInside).toBe(true);
    expect(submission.busy()).toBe(false);
    const refusal = { code: ErrorCode.VALIDATION_FAILED, message: 'bad', field: 'input.title' };
    expect(await submission.run(async () => Promise.reject(refusal))).toBe(false);
    expect(submission.errorMessage()).toEqual({ key: 'errors.VALIDATION_FAILED', params: {} });
    expect(await submission.run(async () => Promise.reject(refusal), (error) => error.field === 'input.title')).toBe(false);
    expect(submission.error()).toBeNull();
    expect(submission.busy()).toBe(false);
  });
});
