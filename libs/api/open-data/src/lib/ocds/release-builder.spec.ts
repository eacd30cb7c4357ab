import { CaseStage, CriterionKind } from '@bc/shared/domain';
import { awardCriteriaOf, buildReleases, procurementCategoryOf } from './release-builder';
import { PUBLISH, sampleFacts } from './sample-facts';

describe('OCDS releases of a case', () => {
  it('maps CPV divisions to the procurement category and the criteria to the award criteria', () => {
    expect([procurementCategoryOf('42122000-0'), procurementCategoryOf('45000000'), procurementCategoryOf('72000000'), procurementCategoryOf(null)]).toEqual(['goods', 'works', 'services', undefined]);
    expect(awardCriteriaOf([{ key: 'PRICE', name: 'Price', kind: CriterionKind.PRICE, weight: 100 }])).toBe('priceOnly');
    expect(awardCriteriaOf([{ key: 'PRICE', name: 'Price', kind: CriterionKind.PRICE, weight: 60 }, { key: 'Q', name: 'Quality', kind: CriterionKind.TECHNICAL, weight: 40 }])).toBe('ratedCriteria');
  });

  it('says nothing about quotes while the RFQ has not closed, whatever facts it is handed', () => {
    const facts = sampleFacts({ stage: CaseStage.RFQ, rfq: { ...sampleFacts().rfq, closedAt: null } });
    const releases = buildReleases(facts, PUBLISH);
    expect(releases.map((r) => r.tag)).toEqual([['tender']]);
    const text = JSON.stringify(releases);
    expect(text).not.toContain('Hanse');
    expect(text).not.toContain('numberOfTenderers');
    expect(text).not.toContain('"awards"');
  });

  it('carries contact points only when the organization publishes contacts', () => {
    expect(JSON.stringify(buildReleases(sampleFacts(), PUBLISH))).not.toContain('contactPoint');
    const withContacts = buildReleases(sampleFacts(), { ...PUBLISH, includeContacts: true });
    const parties = withContacts[withContacts.length - 1].parties;
    expect(parties.map((p) => p.contactPoint)).toEqual([{ name: 'Bea Buyer', email: 'buyer@x.example' }, { name: 'H', email: 'h@x.example' }]);
  });
});
