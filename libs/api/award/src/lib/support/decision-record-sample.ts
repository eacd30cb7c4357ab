import { DECISION_RECORD_FORMAT, DecisionRecordContent } from '../documents/decision-record-content';
import type { DecisionRecordAuction } from '../documents/decision-record-auction-content';

/** Sample decision records for the PDF's tests (people and companies are invented); test support, not part of the server. */

/** A split award after one negotiation round, with a rejected first proposal. */
export function sampleContent(): DecisionRecordContent {
  return {
    format: DECISION_RECORD_FORMAT,
    organization: 'Nordwind Maschinenbau GmbH',
    case: {
      reference: 'PC-2026-0007',
      title: 'Kreiselpumpen für Kühlkreislauf Halle Süd',
      purchaseType: 'NEW_TASK',
      importance: 'BOTTLENECK',
      categoryCode: '42122130',
      currency: 'EUR',
      openedAt: '2026-10-01T08:00:00.000Z',
      openedBy: 'Björn Käufer',
    },
    specification: { version: 2, approvedAt: '2026-10-08T09:30:00.000Z', approvedBy: 'Sabine Spezifizierer', lines: 2, requirements: 3 },
    rfq: {
      reference: 'RFQ-2026-0007',
      title: 'Kreiselpumpen und Dichtungssätze',
      publishedAt: '2026-10-12T07:00:00.000Z',
      closesAt: '2026-10-26T11:00:00.000Z',
      closedAt: '2026-10-26T11:00:02.000Z',
      twoEnvelope: true,
      technicalLockedAt: '2026-10-28T15:00:00.000Z',
      criteria: [
        { key: 'PRICE', name: 'Price', kind: 'PRICE', weight: 40 },
        { key: 'QUALITY', name: 'Technical fit and quality', kind: 'TECHNICAL', weight: 20 },
        { key: 'RELIABILITY', name: 'Supplier reliability', kind: 'RELIABILITY', weight: 40 },
      ],
      exchangeRates: [{ currency: 'USD', rate: '0.9' }],
    },
    invitations: [
      { supplier: 'Alpine Components AG', status: 'QUOTED', invitedAt: '2026-10-12T07:00:00.000Z', declineReason: null },
      { supplier: 'Hanse Industrie GmbH', status: 'QUOTED', invitedAt: '2026-10-12T07:00:00.000Z', declineReason: null },
      { supplier: 'Ostsee Pumpen KG', status: 'DECLINED', invitedAt: '2026-10-12T07:00:00.000Z', declineReason: 'Keine Kapazität vor März' },
    ],
    quotes: [
      {
        supplier: 'Alpine Components AG',
        revisions: [
          { revision: 1, submittedAt: '2026-10-20T10:00:00.000Z', sha256: 'a'.repeat(64), round: null },
          { revision: 2, submittedAt: '2026-11-02T10:00:00.000Z', sha256: 'b'.repeat(64), round: 1 },
        ],
      },
      { supplier: 'Hanse Industrie GmbH', revisions: [{ revision: 1, submittedAt: '2026-10-21T10:00:00.000Z', sha256: 'c'.repeat(64), round: null }] },
    ],
    scores: [
      {
        supplier: 'Alpine Components AG',
        criterion: 'QUALITY',
        consensus: 75,
        wideSpread: true,
        evaluators: [
          { name: 'Sabine Spezifizierer', role: 'SPECIFIER', score: 9, comment: 'Edelstahlgehäuse, Wirkungsgrad über Soll', counted: true, scoredAt: '2026-10-27T09:00:00.000Z' },
          { name: 'Bernd Berater', role: 'ADVISOR', score: 4, comment: 'Ersatzteilversorgung unklar', counted: false, scoredAt: '2026-10-27T10:00:00.000Z' },
        ],
      },
    ],
    ranking: [
      { rank: 1, supplier: 'Hanse Industrie GmbH', total: 82.5 },
      { rank: 2, supplier: 'Alpine Components AG', total: 80.12 },
    ],
    negotiation: {
      skippedReason: null,
      rounds: [
        {
          number: 1,
          message: 'Bitte prüfen Sie Ihren Preis für die Dichtungssätze.',
          openedAt: '2026-10-29T08:00:00.000Z',
          openedBy: 'Björn Käufer',
          closesAt: '2026-11-05T11:00:00.000Z',
          endedAt: null,
          targets: [{ lineKey: 'seal', position: 2, description: 'Dichtungssatz', unitPrice: 11.5 }],
          suppliers: [
            { supplier: 'Alpine Components AG', responded: true },
            { supplier: 'Hanse Industrie GmbH', responded: false },
          ],
        },
      ],
    },
    award: {
      version: 2,
      proposedBy: 'Björn Käufer',
      proposedAt: '2026-11-06T09:00:00.000Z',
      decidedAt: '2026-11-07T16:45:00.000Z',
      justification: 'Aufteilung: Pumpen an Hanse (Rang 1), Dichtungssätze an Alpine (günstiger nach Runde 1, gleiche Qualität).',
      followsRanking: false,
      approvalMode: 'SEQUENTIAL',
      approvalSteps: ['DECIDER', 'DECIDER'],
      currency: 'EUR',
      totalValue: '12480.00',
      lines: [
        { lineKey: 'pump', position: 1, description: 'Kreiselpumpe DN 50, Edelstahl', supplier: 'Hanse Industrie GmbH', quantity: '4', unitPrice: '2850.00', total: '11400.00' },
        { lineKey: 'seal', position: 2, description: 'Dichtungssatz', supplier: 'Alpine Components AG', quantity: '96', unitPrice: '11.25', total: '1080.00' },
      ],
    },
    approvals: [
      { approver: 'Dora Entscheider', role: 'DECIDER', decision: 'APPROVED', comment: 'Einverstanden.', decidedAt: '2026-11-07T10:00:00.000Z' },
      { approver: 'Erik Zweitentscheider', role: 'DECIDER', decision: 'APPROVED', comment: null, decidedAt: '2026-11-07T16:45:00.000Z', onBehalfOf: 'Dora Entscheider' },
    ],
    earlierProposals: [{ version: 1, status: 'REJECTED', proposedAt: '2026-11-05T12:00:00.000Z', decidedAt: '2026-11-05T15:00:00.000Z', reason: 'Bitte Aufteilung prüfen', totalValue: '12600.00' }],
    audit: {
      events: 3,
      firstAt: '2026-10-01T08:00:00.000Z',
      lastAt: '2026-11-07T16:45:00.000Z',
      lastHash: 'd'.repeat(64),
      byAction: [
        { action: 'case.created', count: 1 },
        { action: 'award.approved', count: 2 },
      ],
      entries: [
        { sequence: 1, occurredAt: '2026-10-01T08:00:00.000Z', action: 'case.created', actor: 'Björn Käufer' },
        { sequence: 40, occurredAt: '2026-11-07T10:00:00.000Z', action: 'award.approved', actor: 'Dora Entscheider' },
        { sequence: 41, occurredAt: '2026-11-07T16:45:00.000Z', action: 'award.approved', actor: null },
      ],
    },
  };
}

/**
 * An ended auction after the round: total bids, 1 % decrement, soft close 2/3 minutes capped at 10:19,
 * one bid that extended the end; Hanse leads at the end. Times in UTC (11:00 in Berlin).
 */
export function sampleAuction(): DecisionRecordAuction {
  return {
    currency: 'EUR',
    status: 'ENDED',
    startsAt: '2026-11-06T10:00:00.000Z',
    durationMinutes: 15,
    plannedEndAt: '2026-11-06T10:15:00.000Z',
    endsAt: '2026-11-06T10:17:12.000Z',
    endedAt: '2026-11-06T10:17:13.000Z',
    bidOn: 'TOTAL',
    decrementKind: 'PERCENT',
    decrement: '1.0000',
    softCloseMinutes: 2,
    extensionMinutes: 3,
    capAt: '2026-11-06T10:19:00.000Z',
    visibility: 'RANK',
    ranking: 'PRICE',
    scheduledBy: 'Björn Käufer',
    scheduledAt: '2026-11-05T16:00:00.000Z',
    approvedBy: 'Greta Gatekeeper',
    approvedAt: '2026-11-05T17:30:00.000Z',
    cancelledBy: null,
    cancelledAt: null,
    cancelReason: null,
    extensions: [{ at: '2026-11-06T10:14:12.000Z', bid: 3, endsAt: '2026-11-06T10:17:12.000Z' }],
    bids: [
      { sequence: 1, receivedAt: '2026-11-06T10:02:05.000Z', supplier: 'Hanse Industrie GmbH', amount: '12400.00', revision: 2, receiptSha256: 'e1'.repeat(32) },
      { sequence: 2, receivedAt: '2026-11-06T10:07:41.000Z', supplier: 'Alpine Components AG', amount: '12350.00', revision: 3, receiptSha256: 'f2'.repeat(32) },
      { sequence: 3, receivedAt: '2026-11-06T10:14:12.000Z', supplier: 'Hanse Industrie GmbH', amount: '12200.00', revision: 3, receiptSha256: 'a3'.repeat(32) },
    ],
    result: [
      { rank: 1, supplier: 'Hanse Industrie GmbH', bids: 2, startingAmount: '12600.00', finalAmount: '12200.00', saving: '400.00', savingPercent: 3.17, totalScore: null },
      { rank: 2, supplier: 'Alpine Components AG', bids: 1, startingAmount: '12480.00', finalAmount: '12350.00', saving: '130.00', savingPercent: 1.04, totalScore: null },
    ],
  };
}
