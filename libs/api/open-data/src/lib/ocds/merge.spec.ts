import { compileReleases, type Json, mergeValue } from './merge';
import type { OcdsRelease } from './ocds.types';

describe('OCDS merging (compiled release)', () => {
  it('lets a later value replace an earlier one, and a null remove the field', () => {
    expect(mergeValue({ a: 1, b: { c: 2, d: 3 } }, { a: 2, b: { c: null } })).toEqual({ a: 2, b: { d: 3 } });
  });

  it('merges arrays of objects with ids by identifier, and replaces other arrays whole', () => {
    const earlier: Json = { items: [{ id: '1', q: 1 }, { id: '2', q: 2 }], tags: ['x', 'y'] };
    const later: Json = { items: [{ id: '2', q: 5, unit: 'pc' }, { id: '3', q: 3 }], tags: ['z'] };
    expect(mergeValue(earlier, later)).toEqual({
      items: [{ id: '1', q: 1 }, { id: '2', q: 5, unit: 'pc' }, { id: '3', q: 3 }],
      tags: ['z'],
    });
  });

  it('compiles releases in date order, with its own id, date and tag', () => {
    const base = { ocid: 'ocds-abc123-PC-1', initiationType: 'tender' } as const;
    const later = { ...base, id: 'r2', date: '2026-02-01T00:00:00.000Z', tag: ['award'], awards: [{ id: 'a', status: 'active' }] } as unknown as OcdsRelease;
    const first = { ...base, id: 'r1', date: '2026-01-01T00:00:00.000Z', tag: ['tender'], tender: { id: 't', status: 'active' } } as unknown as OcdsRelease;
    expect(compileReleases([later, first])).toEqual({
      ...base,
      id: 'ocds-abc123-PC-1-compiled',
      date: '2026-02-01T00:00:00.000Z',
      tag: ['compiled'],
      tender: { id: 't', status: 'active' },
      awards: [{ id: 'a', status: 'active' }],
    });
  });
});
