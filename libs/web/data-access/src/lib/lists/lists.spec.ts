import { ErrorCode } from '@bc/shared/domain';
import { ItemList, PagedList, pageMove, PageRequest } from './paged-list';
import { Submission } from './submission';

describe('the lists a page reads', () => {
  it('reads the page the reader is on, and goes back to the first when the filter changes', async () => {
    const asked: PageRequest[] = [];
    const list = new PagedList<string>(async (page) => {
      asked.push(page);
      return { items: ['a', 'b'], total: 60, startCursor: `s${asked.length}`, endCursor: `e${asked.length}` };
    });
    expect(list.loading()).toBe(true);
    expect(list.pageSizes).toEqual([25, 50, 100]);
    await list.load();
    expect(list.items()).toEqual(['a', 'b']);
    expect(list.total()).toBe(60);
    expect(list.loading()).toBe(false);
    list.page({ pageIndex: 1, pageSize: 25 });
    await Promise.resolve();
    list.page({ pageIndex: 0, pageSize: 10 });
    await Promise.resolve();
    expect(asked).toEqual([{ limit: 25 }, { limit: 25, after: 'e1' }, { limit: 10 }]);
    list.restart();
    await Promise.resolve();
    expect(asked[3]).toEqual({ limit: 10 });
    expect(list.pageIndex()).toBe(0);
  });

  it('moves by cursor: next after the last row, previous before the first, first and last without one', () => {
    const on = (pageIndex: number) => ({ pageIndex, pageSize: 25, startCursor: 'start', endCursor: 'end' });
    // 60 rows: pages 0, 1 and 2.
    expect(pageMove(on(0), { pageIndex: 1, pageSize: 25 }, 60)).toEqual({ request: { limit: 25, after: 'end' }, pageIndex: 1 });
    expect(pageMove(on(1), { pageIndex: 0, pageSize: 25 }, 60)).toEqual({ request: { limit: 25 }, pageIndex: 0 });
    expect(pageMove(on(2), { pageIndex: 1, pageSize: 25 }, 60)).toEqual({ request: { limit: 25, before: 'start' }, pageIndex: 1 });
    expect(pageMove(on(0), { pageIndex: 2, pageSize: 25 }, 60)).toEqual({ request: { limit: 25, last: true }, pageIndex: 2 });
    // Another page size starts again from the first page; a move without the cursor it needs too.
    expect(pageMove(on(1), { pageIndex: 0, pageSize: 50 }, 60)).toEqual({ request: { limit: 50 }, pageIndex: 0 });
    expect(pageMove(on(1), { pageIndex: 2, pageSize: 50 }, 60)).toEqual({ request: { limit: 50 }, pageIndex: 0 });
    const empty = { pageIndex: 0, pageSize: 25, startCursor: null, endCursor: null };
    expect(pageMove(empty, { pageIndex: 1, pageSize: 25 }, 60)).toEqual({ request: { limit: 25 }, pageIndex: 0 });
  });

  it('walks forward and back with the cursors of the page it shows, and reads the same page again on reload', async () => {
    const asked: PageRequest[] = [];
    const list = new PagedList<string>(async (page) => {
      asked.push(page);
      const n = asked.length;
      return { items: [`row${n}`], total: 75, startCursor: `s${n}`, endCursor: `e${n}` };
    });
    await list.load();
    list.page({ pageIndex: 1, pageSize: 25 });
    await Promise.resolve();
    list.page({ pageIndex: 2, pageSize: 25 });
    await Promise.resolve();
    list.page({ pageIndex: 1, pageSize: 25 });
    await Promise.resolve();
    await list.load();
    list.page({ pageIndex: 2, pageSize: 25 });
    await Promise.resolve();
    expect(asked).toEqual([
      { limit: 25 },
      { limit: 25, after: 'e1' },
      { limit: 25, after: 'e2' },
      { limit: 25, before: 's3' },
      { limit: 25, before: 's3' },
      // Next onto the last page goes by cursor too: the page holds what its number says.
      { limit: 25, after: 'e5' },
    ]);
    expect(list.pageIndex()).toBe(2);
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
