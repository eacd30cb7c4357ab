import { QualificationStatus } from '@bc/shared/domain';
import { suggestionScore } from './suggestion-score';

const base = { qualification: QualificationStatus.APPROVED, reliability: 90, certificateCount: 2, hasExpiredCertificate: false, responseRate: null };

describe('suggestion score', () => {
  it('ranks qualification, valid certificates and reliability higher', () => {
    expect(suggestionScore(base)).toBeGreaterThan(suggestionScore({ ...base, qualification: QualificationStatus.QUALIFIED }));
    expect(suggestionScore(base)).toBeGreaterThan(suggestionScore({ ...base, hasExpiredCertificate: true }));
    expect(suggestionScore(base)).toBeGreaterThan(suggestionScore({ ...base, reliability: 60 }));
    expect(suggestionScore({ ...base, certificateCount: 0 })).toBeGreaterThan(suggestionScore({ ...base, hasExpiredCertificate: true }));
  });

  it('counts, for a case that requires certificates, whether the supplier holds them all rather than what else is on file', () => {
    expect(suggestionScore({ ...base, hasExpiredCertificate: true, requiredCertificateGaps: 0 })).toBe(suggestionScore(base));
    expect(suggestionScore({ ...base, requiredCertificateGaps: 1 })).toBe(suggestionScore({ ...base, hasExpiredCertificate: true }));
    expect(suggestionScore({ ...base, certificateCount: 0, requiredCertificateGaps: 2 })).toBeLessThan(suggestionScore({ ...base, certificateCount: 0 }));
  });

  it('stays within 0..100', () => {
    expect(suggestionScore({ ...base, reliability: 100, responseRate: 1 })).toBe(100);
    expect(suggestionScore({ qualification: QualificationStatus.PROSPECT, reliability: 0, certificateCount: 1, hasExpiredCertificate: true, responseRate: 0 })).toBeGreaterThanOrEqual(0);
  });
});
