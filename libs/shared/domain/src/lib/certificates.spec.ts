import { certificateGaps, certificateMeets, certificateWords, REQUIRED_CERTIFICATE_LIMITS, requiredCertificatesProblem } from './certificates';

describe('a required certificate met by a certificate on file', () => {
  it('is met when every word of the requirement is a word of the name, in any case and punctuation', () => {
    expect(certificateMeets('ISO 9001', 'DIN EN ISO 9001:2015')).toBe(true);
    expect(certificateMeets('iso 9001', 'ISO-9001')).toBe(true);
    expect(certificateMeets('ISO 9001', 'ISO9001 (TÜV Nord)')).toBe(true);
    expect(certificateMeets('EN 1090', 'DIN EN 1090-2 EXC2')).toBe(true);
    expect(certificateMeets('Schweißfachbetrieb', 'schweissfachbetrieb nach DIN')).toBe(true);
  });

  it('is not met by another standard, a longer number or a part of the words', () => {
    expect(certificateMeets('ISO 9001', 'ISO 14001')).toBe(false);
    expect(certificateMeets('ISO 9001', 'ISO 90011')).toBe(false);
    expect(certificateMeets('ISO 9001', 'ISO 900')).toBe(false);
    expect(certificateMeets('IATF 16949', 'ISO 9001')).toBe(false);
    expect(certificateMeets('---', 'ISO 9001')).toBe(false);
  });

  it('reads the words of a name without case, accents or punctuation', () => {
    expect(certificateWords('DIN EN ISO 9001:2015')).toEqual(['din', 'en', 'iso', '9001', '2015']);
    expect(certificateWords('Güteklasse A')).toEqual(['guteklasse', 'a']);
  });
});

describe('the gaps of a supplier against a case', () => {
  const today = '2026-06-15';

  it('names each required certificate missing or expired, in the order required', () => {
    const onFile = [
      { name: 'DIN EN ISO 9001:2015', validUntil: '2027-01-01' },
      { name: 'ISO 14001', validUntil: '2026-06-14' },
      { name: 'ISO 14001:2015', validUntil: '2025-12-31' },
    ];
    expect(certificateGaps(['ISO 9001', 'ISO 14001', 'ISO 45001'], onFile, today)).toEqual([
      { certificate: 'ISO 14001', kind: 'EXPIRED', expiredOn: '2026-06-14' },
      { certificate: 'ISO 45001', kind: 'MISSING' },
    ]);
  });

  it('counts a certificate valid through its last day, and one without an end as valid', () => {
    expect(certificateGaps(['ISO 9001'], [{ name: 'ISO 9001', validUntil: today }], today)).toEqual([]);
    expect(certificateGaps(['ISO 9001'], [{ name: 'ISO 9001', validUntil: null }], today)).toEqual([]);
    expect(certificateGaps(['ISO 9001'], [{ name: 'ISO 9001', validUntil: '2020-01-01' }, { name: 'ISO 9001', validUntil: null }], today)).toEqual([]);
  });

  it('finds no gap when nothing is required, even without any certificate on file', () => {
    expect(certificateGaps([], [], today)).toEqual([]);
  });
});

describe('the certificates a case requires', () => {
  it('may be none, or up to the limit of distinct names', () => {
    expect(requiredCertificatesProblem([])).toBeNull();
    expect(requiredCertificatesProblem(['ISO 9001', 'ISO 14001', 'x'.repeat(REQUIRED_CERTIFICATE_LIMITS.length)])).toBeNull();
  });

  it('refuses too many, a blank or too long entry, and one written twice, naming the entry', () => {
    const many = Array.from({ length: REQUIRED_CERTIFICATE_LIMITS.count + 1 }, (_, i) => `Cert ${i}`);
    expect(requiredCertificatesProblem(many)).toMatchObject({ index: null, rule: 'TOO_MANY' });
    expect(requiredCertificatesProblem(['ISO 9001', ' '])).toMatchObject({ index: 1, rule: 'EMPTY' });
    expect(requiredCertificatesProblem(['--'])).toMatchObject({ index: 0, rule: 'EMPTY' });
    expect(requiredCertificatesProblem(['x'.repeat(REQUIRED_CERTIFICATE_LIMITS.length + 1)])).toMatchObject({ index: 0, rule: 'TOO_LONG' });
    expect(requiredCertificatesProblem(['ISO 9001', 'ATEX', 'iso-9001'])).toMatchObject({ index: 2, rule: 'DUPLICATE' });
  });
});
