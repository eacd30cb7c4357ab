import { CaseStage, CriterionKind } from '@bc/shared/domain';
import type { CaseFacts, PublishingFacts } from './case-facts';

/** A small awarded case's facts, for the builder's and the export's unit tests. */
export function sampleFacts(over: Partial<CaseFacts> = {}): CaseFacts {
  const supplier = { id: '00000000-0000-4000-8000-000000000001', name: 'Hanse', country: 'Germany', contact: { name: 'H', email: 'h@x.example', phone: null } };
  return {
    caseId: 'c1',
    reference: 'PC-2026-0001',
    stage: CaseStage.AWARDED,
    stageChangedAt: new Date('2026-03-01T00:00:00Z'),
    categoryCode: '42122000-0',
    categoryLabel: 'Pumps',
    organization: { id: 'o1', name: 'Nordwind', country: 'Germany', locale: 'en' },
    buyerContact: { name: 'Bea Buyer', email: 'buyer@x.example', phone: null },
    rfq: {
      id: 'r1',
      reference: 'PC-2026-0001-R1',
      title: 'Pumps',
      description: '',
      currency: 'EUR',
      criteria: [{ key: 'PRICE', name: 'Price', kind: CriterionKind.PRICE, weight: 100 }],
      publishedAt: new Date('2026-01-01T00:00:00Z'),
      closesAt: new Date('2026-01-15T00:00:00Z'),
      questionsCloseAt: new Date('2026-01-10T00:00:00Z'),
      closedAt: new Date('2026-01-15T00:00:00Z'),
      invitationCount: 3,
    },
    published: { closesAt: '2026-01-15T00:00:00.000Z', questionsCloseAt: '2026-01-10T00:00:00.000Z' },
    closingChanges: [],
    lines: [{ key: 'l1', position: 1, description: 'Pump', quantity: 4, unit: 'pc' }],
    tenderers: [supplier],
    award: { id: 'a1', decidedAt: new Date('2026-02-01T00:00:00Z'), currency: 'EUR', totalValue: 400, lines: [{ lineKey: 'l1', supplierId: supplier.id, quantity: 4, unitPrice: 100 }], suppliers: [supplier] },
    ...over,
  };
}

export const PUBLISH: PublishingFacts = { ocidPrefix: 'ocds-abc123', includeContacts: false, publicUrl: 'https://bc.example', packageUri: 'https://bc.example/p', publishedDate: new Date('2026-03-02T00:00:00Z') };
