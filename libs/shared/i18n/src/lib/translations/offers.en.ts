/**
 * English words for conditional offers in quotes (issue 16) as both sides read them: the supplier
 * in its portal, the buyer with the opened quotes. Spread into `en.ts`.
 */
export const offersEn = {
  conditionalOffer: {
    title: 'Conditional offers',
    percentMin: '{{value}} % off if awarded at least {{min}}',
    amountMin: '{{amount}} off if awarded at least {{min}}',
    percentLines: '{{value}} % off if awarded all of: {{lines}}',
    amountLines: '{{amount}} off if awarded all of: {{lines}}',
  },
};
