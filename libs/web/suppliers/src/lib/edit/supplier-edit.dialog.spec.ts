import { parseTags } from './supplier-edit.dialog';

describe('tags of a supplier as typed', () => {
  it('are split at commas or semicolons, trimmed, without blanks or repeats', () => {
    expect(parseTags(' presses, hydraulics;; presses ,welding ')).toEqual(['presses', 'hydraulics', 'welding']);
    expect(parseTags('')).toEqual([]);
  });
});
