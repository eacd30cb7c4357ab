import { CriterionKind, GLOSSARY, Locale, Role, SENSITIVITY_MAX_SHIFT, WIDE_SPREAD_POINTS } from '@bc/shared/domain';

/** The evaluation report's words in English and German, and how it formats numbers, dates and lists per language. */
const EN_TERMS = GLOSSARY[Locale.EN];
const DE_TERMS = GLOSSARY[Locale.DE];

export interface Labels {
  docTitle: string;
  confidential: string;
  purchaseCase: string;
  closedAt: string;
  notClosed: string;
  currency: string;
  incomplete: string;
  incompleteNote: (list: string) => string;
  missingRatesNote: (list: string, currency: string) => string;
  result: string;
  rank: string;
  supplier: string;
  weightedTotal: string;
  comparableTotal: (currency: string) => string;
  missingScores: string;
  noneMissing: string;
  noQuotes: string;
  sensitivity: string;
  sensitivityNone: string;
  sensitivitySingle: (leader: string) => string;
  sensitivityStable: (leader: string) => string;
  sensitivityUnstable: (leader: string) => string;
  sensitivityChange: (p: { criterion: string; from: number; to: number; shift: string; leader: string }) => string;
  sensitivityUnmoved: (criteria: string) => string;
  sensitivityTie: (names: string) => string;
  sensitivityIncomplete: string;
  comparison: string;
  quoteTotal: string;
  validUntil: string;
  linesQuoted: string;
  linesOf: (n: number, total: number) => string;
  partial: string;
  mustHavesNotMet: string;
  none: string;
  notConverted: string;
  rates: (currency: string) => string;
  rateLine: (p: { currency: string; rate: string; rfqCurrency: string; by: string | null; at: string }) => string;
  noRates: string;
  criteria: string;
  criterion: string;
  assessedBy: string;
  weight: string;
  total: string;
  kinds: Record<CriterionKind, string>;
  scores: string;
  scoresNote: string;
  weightOf: (w: number) => string;
  score: string;
  weighted: string;
  consensus: string;
  evaluators: string;
  missing: string;
  missingNote: string;
  meanSpread: (mean: string, spread: number) => string;
  wideSpread: string;
  noCounted: string;
  noScores: string;
  fromPrice: (total: string) => string;
  fromPriceMissing: string;
  fromPerformance: (score: string) => string;
  notUsed: string;
  advisory: string;
  conflict: string;
  roles: Partial<Record<Role, string>>;
  defaultCriterionNames: Record<string, string>;
}

export const EN: Labels = {
  docTitle: 'Evaluation report',
  confidential: 'Confidential',
  purchaseCase: 'Purchase case',
  closedAt: 'Quotes opened',
  notClosed: 'not closed',
  currency: 'Evaluation currency',
  incomplete: 'Ranking incomplete',
  incompleteNote: (list) => `Scores are missing for: ${list}. A missing score counts as 0 in the weighted total, so the ranking may still change.`,
  missingRatesNote: (list, c) => `No exchange rate has been entered for ${list}: those quotes have no total in ${c} and no price score yet.`,
  result: 'Ranking',
  rank: 'Rank',
  supplier: 'Supplier',
  weightedTotal: 'Weighted total\n(0–100)',
  comparableTotal: (c) => `Comparable total (${c})`,
  missingScores: 'Missing scores',
  noneMissing: '—',
  noQuotes: 'No supplier submitted a quote: there is nothing to evaluate.',
  sensitivity: 'Sensitivity of first place',
  sensitivityNone: 'No supplier has quoted, so there is no first place to test.',
  sensitivitySingle: (leader) => `${leader} is the only supplier that quoted: no change of the weights can change first place.`,
  sensitivityStable: (leader) =>
    `${leader} stays first when any single weight moves by up to ±${SENSITIVITY_MAX_SHIFT} points (the other weights rescaled in proportion). The result does not hinge on the exact weights.`,
  sensitivityUnstable: (leader) =>
    `${leader} is first with the agreed weights, but first place changes when a single weight moves by ${SENSITIVITY_MAX_SHIFT} points or less (the other weights rescaled in proportion):`,
  sensitivityChange: ({ criterion, from, to, shift, leader }) => `${criterion} weighted ${to} instead of ${from} (${shift} points) would put ${leader} first.`,
  sensitivityUnmoved: (list) => `No shift of up to ±${SENSITIVITY_MAX_SHIFT} points of ${list} changes first place.`,
  sensitivityTie: (names) => `${names} share first place with equal totals; the check starts from the first of them by name.`,
  sensitivityIncomplete: 'The check uses the scores given so far (a missing score counts as 0).',
  comparison: 'Comparison summary',
  quoteTotal: 'Quote total',
  validUntil: 'Valid until',
  linesQuoted: 'Lines quoted',
  linesOf: (n, total) => `${n} of ${total}`,
  partial: 'some only in part',
  mustHavesNotMet: 'Must-haves not met',
  none: 'none',
  notConverted: 'no rate',
  rates: (c) => `Exchange rates used (value of 1 unit in ${c})`,
  rateLine: ({ currency, rate, rfqCurrency, by, at }) => `1 ${currency} = ${rate} ${rfqCurrency}, entered${by ? ` by ${by}` : ''} on ${at}`,
  noRates: 'Every quote is in the evaluation currency: no conversion was needed.',
  criteria: 'Criteria and weights',
  criterion: 'Criterion',
  assessedBy: 'How it is scored',
  weight: 'Weight',
  total: 'Total',
  kinds: {
    [CriterionKind.PRICE]: 'Calculated: 100 × lowest comparable total ÷ the supplier’s total',
    [CriterionKind.TECHNICAL]: 'Specifiers’ scores (0–10), mean × 10',
    [CriterionKind.COMMERCIAL]: 'Buyers’ scores (0–10), mean × 10',
    [CriterionKind.RELIABILITY]: 'Recorded delivery performance where there is history; otherwise specifiers’ and buyers’ scores',
  },
  scores: 'Scores per criterion',
  scoresNote: `Evaluators score 0–10 with a comment; the mean of the counted scores × 10 is the criterion score (0–100). Scores ${WIDE_SPREAD_POINTS} or more points apart are flagged for discussion. Advisors’ scores are shown apart and do not count, nor do the scores of a member who declared a conflict of interest with the supplier.`,
  weightOf: (w) => `weight ${w}`,
  score: 'Score',
  weighted: 'Weighted',
  consensus: 'Consensus',
  evaluators: 'Evaluators’ scores (0–10) and comments',
  missing: 'missing',
  missingNote: 'counts as 0',
  meanSpread: (mean, spread) => `mean ${mean}\nspread ${spread}`,
  wideSpread: 'Wide spread: discuss',
  noCounted: 'no counted score',
  noScores: 'No scores yet.',
  fromPrice: (total) => `Calculated from the comparable total ${total}.`,
  fromPriceMissing: 'No comparable total (exchange rate missing): no price score.',
  fromPerformance: (score) => `From the recorded delivery performance: ${score}.`,
  notUsed: 'Not used (performance history decides)',
  advisory: 'Advisory, not counted',
  conflict: 'Not counted: conflict of interest declared',
  roles: EN_TERMS.roles,
  defaultCriterionNames: {},
};

export const DE: Labels = {
  docTitle: 'Bewertungsbericht',
  confidential: 'Vertraulich',
  purchaseCase: 'Beschaffungsvorgang',
  closedAt: 'Angebote geöffnet',
  notClosed: 'nicht geschlossen',
  currency: 'Bewertungswährung',
  incomplete: 'Rangfolge unvollständig',
  incompleteNote: (list) => `Es fehlen Bewertungen für: ${list}. Eine fehlende Bewertung zählt in der gewichteten Summe als 0; die Rangfolge kann sich noch ändern.`,
  missingRatesNote: (list, c) => `Für ${list} wurde noch kein Wechselkurs erfasst: Diese Angebote haben noch keine Summe in ${c} und keine Preisbewertung.`,
  result: 'Rangfolge',
  rank: 'Rang',
  supplier: 'Lieferant',
  weightedTotal: 'Gewichtete Summe\n(0–100)',
  comparableTotal: (c) => `Vergleichssumme (${c})`,
  missingScores: 'Fehlende Bewertungen',
  noneMissing: '—',
  noQuotes: 'Kein Lieferant hat ein Angebot abgegeben: Es gibt nichts zu bewerten.',
  sensitivity: 'Stabilität des ersten Platzes',
  sensitivityNone: 'Kein Lieferant hat angeboten; es gibt keinen ersten Platz zu prüfen.',
  sensitivitySingle: (leader) => `${leader} hat als einziger Lieferant angeboten: Keine Änderung der Gewichte kann den ersten Platz ändern.`,
  sensitivityStable: (leader) =>
    `${leader} bleibt auf dem ersten Platz, wenn sich ein einzelnes Gewicht um bis zu ±${SENSITIVITY_MAX_SHIFT} Punkte ändert (die übrigen Gewichte anteilig angepasst). Das Ergebnis hängt nicht an den genauen Gewichten.`,
  sensitivityUnstable: (leader) =>
    `${leader} liegt mit den vereinbarten Gewichten vorn, doch der erste Platz wechselt, wenn sich ein einzelnes Gewicht um ${SENSITIVITY_MAX_SHIFT} Punkte oder weniger ändert (die übrigen Gewichte anteilig angepasst):`,
  sensitivityChange: ({ criterion, from, to, shift, leader }) => `${criterion} mit Gewicht ${to} statt ${from} (${shift} Punkte) brächte ${leader} auf den ersten Platz.`,
  sensitivityUnmoved: (list) => `Keine Änderung um bis zu ±${SENSITIVITY_MAX_SHIFT} Punkte bei ${list} ändert den ersten Platz.`,
  sensitivityTie: (names) => `${names} teilen sich mit gleicher Summe den ersten Platz; die Prüfung geht vom ersten nach Name aus.`,
  sensitivityIncomplete: 'Die Prüfung verwendet die bisher abgegebenen Bewertungen (eine fehlende zählt als 0).',
  comparison: 'Angebotsvergleich',
  quoteTotal: 'Angebotssumme',
  validUntil: 'Gültig bis',
  linesQuoted: 'Positionen',
  linesOf: (n, total) => `${n} von ${total}`,
  partial: 'teils nur in Teilmengen',
  mustHavesNotMet: 'Nicht erfüllte Muss-Kriterien',
  none: 'keine',
  notConverted: 'kein Kurs',
  rates: (c) => `Verwendete Wechselkurse (Wert einer Einheit in ${c})`,
  rateLine: ({ currency, rate, rfqCurrency, by, at }) => `1 ${currency} = ${rate} ${rfqCurrency}, erfasst${by ? ` von ${by}` : ''} am ${at}`,
  noRates: 'Alle Angebote sind in der Bewertungswährung: Es war keine Umrechnung nötig.',
  criteria: 'Kriterien und Gewichte',
  criterion: 'Kriterium',
  assessedBy: 'Wie bewertet wird',
  weight: 'Gewicht',
  total: 'Summe',
  kinds: {
    [CriterionKind.PRICE]: 'Berechnet: 100 × niedrigste Vergleichssumme ÷ Summe des Lieferanten',
    [CriterionKind.TECHNICAL]: `Bewertungen der ${DE_TERMS.rolesPlural.SPECIFIER} (0–10), Mittelwert × 10`,
    [CriterionKind.COMMERCIAL]: `Bewertungen der ${DE_TERMS.rolesPlural.BUYER} (0–10), Mittelwert × 10`,
    [CriterionKind.RELIABILITY]: `Erfasste Lieferleistung, soweit vorhanden; sonst Bewertungen der ${DE_TERMS.rolesPlural.SPECIFIER} und ${DE_TERMS.rolesPlural.BUYER}`,
  },
  scores: 'Bewertungen je Kriterium',
  scoresNote: `Bewertende vergeben 0–10 Punkte mit Begründung; der Mittelwert der zählenden Bewertungen × 10 ist die Bewertung des Kriteriums (0–100). Liegen Bewertungen ${WIDE_SPREAD_POINTS} oder mehr Punkte auseinander, wird das zur Klärung markiert. Bewertungen von Beratern stehen gesondert und zählen nicht, ebenso wenig die eines Mitglieds, das einen Interessenkonflikt mit dem Lieferanten erklärt hat.`,
  weightOf: (w) => `Gewicht ${w}`,
  score: 'Wert',
  weighted: 'Gewichtet',
  consensus: 'Konsens',
  evaluators: 'Bewertungen (0–10) und Begründungen',
  missing: 'fehlt',
  missingNote: 'zählt als 0',
  meanSpread: (mean, spread) => `Mittel ${mean}\nSpanne ${spread}`,
  wideSpread: 'Große Spanne: klären',
  noCounted: 'keine zählende Bewertung',
  noScores: 'Noch keine Bewertungen.',
  fromPrice: (total) => `Berechnet aus der Vergleichssumme ${total}.`,
  fromPriceMissing: 'Keine Vergleichssumme (Wechselkurs fehlt): keine Preisbewertung.',
  fromPerformance: (score) => `Aus der erfassten Lieferleistung: ${score}.`,
  notUsed: 'Nicht verwendet (die Lieferleistung entscheidet)',
  advisory: 'Beratend, zählt nicht',
  conflict: 'Zählt nicht: Interessenkonflikt erklärt',
  roles: DE_TERMS.roles,
  defaultCriterionNames: {
    'Supplier reliability': 'Zuverlässigkeit des Lieferanten',
    'Technical fit and quality': 'Technische Eignung und Qualität',
    Price: 'Preis',
    'Lead time and terms': 'Lieferzeit und Konditionen',
  },
};
