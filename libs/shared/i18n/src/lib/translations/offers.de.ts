import type { offersEn } from './offers.en';

/** German words for conditional offers in quotes (issue 16), in the shape of `offersEn`. Spread into `de.ts`. */
export const offersDe: typeof offersEn = {
  conditionalOffer: {
    title: 'Bedingte Nachlässe',
    percentMin: '{{value}} % Nachlass bei Zuschlag von mindestens {{min}}',
    amountMin: '{{amount}} Nachlass bei Zuschlag von mindestens {{min}}',
    percentLines: '{{value}} % Nachlass bei Zuschlag aller dieser Positionen: {{lines}}',
    amountLines: '{{amount}} Nachlass bei Zuschlag aller dieser Positionen: {{lines}}',
  },
};
