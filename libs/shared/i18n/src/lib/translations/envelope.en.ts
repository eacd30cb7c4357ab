/**
 * English strings of the two-envelope option (issue 5): the draft RFQ's switch, and the panel of
 * a closed two-envelope RFQ. One top-level section `envelope`; `envelope.de.ts` mirrors it.
 */
export const envelopeEn = {
  envelope: {
    option: 'Two envelopes: evaluators score the technical criteria before they see any price',
    optionHint: 'Prices stay hidden from everyone on the buying side until the technical scores are complete and the buyer locks them. Fixed once the RFQ is published.',
    viewLabel: 'Evaluation',
    viewTwo: 'Two envelopes: technical scores first, then prices',
    viewOne: 'One envelope: prices and scores together',
    heading: 'Two envelopes',
    hidden: 'Prices stay hidden from every evaluator until the technical scores are complete and locked. Score the technical criteria first.',
    missing: 'Technical scores still missing ({{count}}):',
    by: 'from {{name}}',
    ready: 'Every technical score is in: the buyer can lock them and open the prices.',
    lock: 'Lock technical scores',
    lockTitle: 'Lock the technical scores of {{reference}}?',
    lockText: 'The technical scores can no longer change afterwards, and every evaluator then sees the prices. This is kept in the audit trail.',
    lockedNotice: 'Technical scores of {{reference}} locked: prices are shown.',
    locked: 'Technical scores locked on {{at}} by {{name}}: the prices are shown.',
  },
};
