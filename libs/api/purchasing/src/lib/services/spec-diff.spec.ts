import { ChangeKind, diffAttachments, diffByKey } from './spec-diff';

const line = (key: string, description: string, quantity = '1.000', attributes: Array<{ name: string; value: string }> = []) => ({
  key,
  description,
  quantity,
  attributes,
});

describe('specification diff', () => {
  it('recognises added, removed and changed lines by their key, naming each changed field', () => {
    const before = [line('a', 'Gearbox', '2.000'), line('b', 'Coupling'), line('c', 'Shaft', '1.000', [{ name: 'steel', value: '42CrMo4' }])];
    const after = [line('a', 'Gearbox', '3.000'), line('c', 'Shaft', '1.000', [{ name: 'steel', value: 'C45' }]), line('d', 'Bearing')];
    const diff = diffByKey(before, after, ['description', 'quantity', 'attributes']);
    expect(diff.map((d) => [d.change, d.key, d.fields])).toEqual([
      [ChangeKind.CHANGED, 'a', ['quantity']],
      [ChangeKind.CHANGED, 'c', ['attributes']],
      [ChangeKind.ADDED, 'd', []],
      [ChangeKind.REMOVED, 'b', []],
    ]);
    expect(diff[0].changes).toEqual([{ field: 'quantity', before: '2.000', after: '3.000' }]);
  });

  it('reports nothing for identical versions, whatever the order', () => {
    const lines = [line('a', 'Gearbox'), line('b', 'Coupling')];
    expect(diffByKey(lines, [...lines].reverse(), ['description', 'quantity'])).toEqual([]);
  });

  it('lists attachments added and removed', () => {
    expect(diffAttachments(['f1', 'f2'], ['f2', 'f3'])).toEqual([
      { change: ChangeKind.ADDED, fileId: 'f3' },
      { change: ChangeKind.REMOVED, fileId: 'f1' },
    ]);
  });
});
