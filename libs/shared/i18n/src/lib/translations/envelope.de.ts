/** German strings of the two-envelope option (issue 5); mirrors `envelope.en.ts`. */
export const envelopeDe = {
  envelope: {
    option: 'Zwei Umschläge: Die Bewertenden bewerten die technischen Kriterien, bevor sie einen Preis sehen',
    optionHint: 'Die Preise bleiben für alle auf der Einkaufsseite verborgen, bis die technische Bewertung vollständig ist und der Einkauf sie sperrt. Mit der Veröffentlichung festgelegt.',
    viewLabel: 'Bewertung',
    viewTwo: 'Zwei Umschläge: erst die technische Bewertung, dann die Preise',
    viewOne: 'Ein Umschlag: Preise und Bewertung zugleich',
    heading: 'Zwei Umschläge',
    hidden: 'Die Preise bleiben für alle Bewertenden verborgen, bis die technische Bewertung vollständig und gesperrt ist. Bewerten Sie zuerst die technischen Kriterien.',
    missing: 'Noch fehlende technische Bewertungen ({{count}}):',
    by: 'von {{name}}',
    ready: 'Alle technischen Bewertungen liegen vor: Der Einkauf kann sie sperren und die Preise öffnen.',
    lock: 'Technische Bewertung sperren',
    lockTitle: 'Technische Bewertung von {{reference}} sperren?',
    lockText: 'Die technische Bewertung kann danach nicht mehr geändert werden, und alle Bewertenden sehen dann die Preise. Dies wird im Prüfprotokoll festgehalten.',
    lockedNotice: 'Technische Bewertung von {{reference}} gesperrt: Die Preise werden angezeigt.',
    locked: 'Technische Bewertung am {{at}} von {{name}} gesperrt: Die Preise werden angezeigt.',
  },
};
