import { Locale } from '@bc/shared/domain';
import { CATALOGUE, interpolate, translator } from './translate';

function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe('interpolate (ngx-translate’s default parser)', () => {
  it('replaces {{name}} and {{ name }} and leaves an unknown name as written', () => {
    expect(interpolate('{{a}} and {{ b }} but {{c}}', { a: 1, b: 'two' })).toBe('1 and two but {{c}}');
  });

  it('puts an empty value in as empty and does not read a value’s own braces again', () => {
    expect(interpolate('x{{a}}y', { a: '' })).toBe('xy');
    expect(interpolate('{{a}}', { a: '{{b}} $&', b: 'no' })).toBe('{{b}} $&');
  });

  it('leaves a message without params alone', () => {
    expect(interpolate('{{a}}')).toBe('{{a}}');
  });
});

describe('translator', () => {
  it('reads a scope of the catalogue with typed keys', () => {
    const t = translator(Locale.DE, 'documents.rfq');
    expect(t('docTitle')).toBe('Angebotsanfrage');
    expect(t('weight', { weight: 5 })).toBe('Gewicht 5');
    expect(t('howSteps.late')).toContain('Uhr des Servers');
  });

  it('picks a value’s label and says when the catalogue has none', () => {
    const t = translator(Locale.EN, 'documents.decisionRecord');
    expect(t.pick('statuses', 'WITHDRAWN')).toBe('Withdrawn');
    expect(t.pick('statuses', 'SOMETHING_NEW')).toBeUndefined();
    expect(t.pick('statuses', 'toString')).toBeUndefined();
    expect(translator(Locale.DE).pick('roles', 'BUYER')).toBe('Einkäufer');
  });

  it('counts as the bcPlural pipe does: one, else other', () => {
    const t = translator(Locale.EN, 'documents.rfq');
    expect(t.plural('validityDays', 1)).toBe('1 day from the closing time');
    expect(t.plural('validityDays', 0)).toBe('0 days from the closing time');
    expect(translator(Locale.DE, 'documents.rfq').plural('validityDays', 30)).toBe('30 Tage ab Angebotsfrist');
  });

  it('answers an unknown key with the key, as ngx-translate does', () => {
    expect(translator(Locale.EN, 'documents.rfq')('nope' as never)).toBe('documents.rfq.nope');
  });

  it('has the same keys in both languages, strings at every leaf', () => {
    expect(leaves(CATALOGUE[Locale.DE]).sort()).toEqual(leaves(CATALOGUE[Locale.EN]).sort());
  });
});
