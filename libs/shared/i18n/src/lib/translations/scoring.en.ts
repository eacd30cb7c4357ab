/**
 * English strings of the evaluation of a closed RFQ (issue 5): the evaluators' scores, the
 * ranking and its sensitivity. One top-level section `scoring`, spread into `en`;
 * `scoring.de.ts` mirrors it.
 */
export const scoringEn = {
  scoring: {
    tabs: {
      label: 'Evaluation of the quotes',
      comparison: 'Comparison',
      scoring: 'Scoring',
      ranking: 'Ranking',
    },
    kinds: {
      PRICE: 'Price',
      TECHNICAL: 'Technical',
      COMMERCIAL: 'Commercial',
      RELIABILITY: 'Reliability',
    },
    kindsInText: {
      PRICE: 'price',
      TECHNICAL: 'technical criteria',
      COMMERCIAL: 'commercial criteria',
      RELIABILITY: 'reliability',
    },
    scoredBy: {
      PRICE: 'scored by the server from the totals',
      TECHNICAL: 'scored by specifiers',
      COMMERCIAL: 'scored by buyers',
      RELIABILITY: 'from recorded performance, else scored by specifiers and buyers',
    },
    weight: '{{weight}} %',
    criterion: 'Criterion',
    supplier: 'Supplier',

    mine: {
      title: 'My scores',
      intro: 'Score each supplier from 0 (does not meet it) to 10 (excellent) on the criteria your role on this case scores, with a comment that explains the score. A new score replaces your earlier one; the earlier one is kept in the record.',
      roles: 'You score as:',
      noRoles: 'Your roles on this case score no criterion. Specifiers score technical criteria, buyers commercial ones, both reliability; advisors give advisory scores.',
      noPermission: 'Your roles do not score quotes; you can read the scores below.',
      priceNote: '{{name}} ({{weight}} %) is scored by the server: the lowest comparable total scores 100, every other in proportion.',
      advisory: 'Advisory: shown apart, not counted',
      score: 'Score (0–10)',
      comment: 'Comment',
      save: 'Save score',
      saved: 'Your score of {{supplier}} on {{criterion}} is saved.',
      current: 'Your current score: {{score}} · {{date}}',
      notYet: 'Not scored by you yet',
      unsaved: 'Changed, not saved',
      blocked: {
        price: 'Scored by the server from the comparable totals.',
        performance: 'From the recorded performance ({{score}}): no evaluator score is used.',
        role: 'Your roles on this case do not score {{kind}}.',
        conflict: 'You declared a conflict of interest with this supplier: you take no part in scoring it.',
      },
      inputErrors: {
        score: {
          required: 'Enter a score from 0 to 10.',
          invalid: 'A score is a whole number from 0 to 10.',
        },
        comment: {
          required: 'A comment explains the score: write at least a few words.',
          tooLong: 'A comment has at most 2000 characters.',
        },
      },
    },

    all: {
      title: 'Scores of all evaluators',
      intro: 'Per criterion and supplier: every current score with its comment. The consensus is the mean of the counted scores; advisors’ scores and those of members with a conflict of interest are shown apart and do not count. Counted scores 4 or more points apart are flagged for discussion.',
      consensus: 'Consensus',
      counted: 'Counted scores',
      notCounted: 'Not counted',
      consensusValue: '{{mean}} / 10 → {{score}} points',
      noConsensus: 'No counted score yet',
      spread: 'Spread {{spread}}',
      discuss: 'Discuss: scores {{spread}} points apart',
      fromPerformance: 'From recorded performance: {{score}} points',
      performanceUsed: 'Evaluator scores are not used: the recorded performance counts.',
      none: '–',
      conflict: 'conflict of interest',
      advisor: 'advisor',
      noScoredCriteria: 'No criterion of this RFQ is scored by evaluators.',
    },

    ranking: {
      title: 'Ranking',
      intro: 'The weighted total per supplier: each criterion score (0–100) × its weight. The columns show the points each criterion adds to the total.',
      rank: 'Rank',
      total: 'Total',
      points: '{{score}} × {{weight}} %',
      missingScore: 'missing',
      incomplete: 'The ranking is not complete yet: a missing score counts as 0. Missing:',
      missingRates: 'Exchange rate missing for {{currencies}}: those suppliers have no price score yet (enter the rate in the comparison).',
      noSuppliers: 'No supplier has quoted: there is nothing to rank.',
    },

    sensitivity: {
      title: 'Sensitivity',
      intro: 'Would first place change if a single weight moved by up to ±10 points (the other weights rescaled in proportion so that all still add up to 100)?',
      stable: '{{leader}} stays first whichever single weight moves by up to ±10 points: the ranking does not hinge on the exact weights.',
      unstable: 'First place is sensitive to the weights: {{leader}} is first, but moving {{criterion}} from {{weight}} to {{newWeight}} points would put {{newLeader}} first.',
      raise: 'Raising {{criterion}} by {{points}} points (from {{weight}} to {{newWeight}}) puts {{newLeader}} first.',
      lower: 'Lowering {{criterion}} by {{points}} points (from {{weight}} to {{newWeight}}) puts {{newLeader}} first.',
      holds: '{{criterion}} ({{weight}} %): no shift of up to ±10 points changes first place.',
      incomplete: 'Missing scores count as 0 here too: the check changes as scores come in.',
    },

    errors: {
      score: 'A score is a whole number from 0 to 10.',
      comment: 'A comment of 1 to 2000 characters explains the score.',
      criterionKey: 'This criterion cannot be scored by evaluators.',
      invitationId: 'This supplier has no submitted quote to score.',
      CONFLICT_OF_INTEREST: 'You declared a conflict of interest with this supplier: you take no part in scoring it.',
      FORBIDDEN: 'Your roles on this case do not score this criterion.',
      CONFLICT: 'Quotes are scored only once the RFQ has closed.',
    },
  },
};
