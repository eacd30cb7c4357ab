import { timelineFacts } from './timeline-facts';

describe('timelineFacts', () => {
  it('reads stages, reasons and suppliers from an audit summary, in a fixed order', () => {
    const facts = timelineFacts(JSON.stringify({ reference: 'PC-1', to: 'RFQ', from: 'SOURCING', reason: 'Published', extra: { deep: 1 } }));
    expect(facts).toEqual([
      { label: 'timeline.facts.from', value: 'SOURCING', stage: true },
      { label: 'timeline.facts.to', value: 'RFQ', stage: true },
      { label: 'timeline.facts.reason', value: 'Published' },
    ]);
  });

  it('joins lists, shortens long texts, and gives nothing for a summary that does not parse', () => {
    expect(timelineFacts(JSON.stringify({ invited: ['A GmbH', 'B AG'] }))).toEqual([{ label: 'timeline.facts.invited', value: 'A GmbH, B AG' }]);
    expect(timelineFacts(JSON.stringify({ comment: 'x'.repeat(300) }), 10)[0].value).toBe(`${'x'.repeat(9)}…`);
    expect(timelineFacts('not json')).toEqual([]);
    expect(timelineFacts('[1,2]')).toEqual([]);
  });
});
