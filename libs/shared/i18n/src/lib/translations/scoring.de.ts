import type { scoringEn } from './scoring.en';

/** German strings of the evaluation of a closed RFQ (Bewertung, Rangfolge, Sensitivität); typed against the English set. */
export const scoringDe: typeof scoringEn = {
  scoring: {
    tabs: {
      label: 'Auswertung der Angebote',
      comparison: 'Preisspiegel',
      scoring: 'Bewertung',
      ranking: 'Rangfolge',
    },
    kinds: {
      PRICE: 'Preis',
      TECHNICAL: 'Technisch',
      COMMERCIAL: 'Kaufmännisch',
      RELIABILITY: 'Zuverlässigkeit',
    },
    kindsInText: {
      PRICE: 'Preiskriterien',
      TECHNICAL: 'technischen Kriterien',
      COMMERCIAL: 'kaufmännischen Kriterien',
      RELIABILITY: 'Kriterien zur Zuverlässigkeit',
    },
    scoredBy: {
      PRICE: 'vom Server aus den Gesamtbeträgen bewertet',
      TECHNICAL: 'bewertet von Spezifizierern',
      COMMERCIAL: 'bewertet von Einkäufern',
      RELIABILITY: 'aus der erfassten Lieferleistung, sonst bewertet von Spezifizierern und Einkäufern',
    },
    weight: '{{weight}} %',
    criterion: 'Kriterium',
    supplier: 'Lieferant',

    mine: {
      title: 'Meine Bewertung',
      intro:
        'Bewerten Sie jeden Lieferanten von 0 (erfüllt es nicht) bis 10 (hervorragend) in den Kriterien, die Ihre Rolle in diesem Vorgang bewertet, mit einem Kommentar, der die Bewertung begründet. Eine neue Bewertung ersetzt Ihre frühere; die frühere bleibt im Protokoll erhalten.',
      roles: 'Sie bewerten als:',
      noRoles:
        'Ihre Rollen in diesem Vorgang bewerten kein Kriterium. Spezifizierer bewerten technische Kriterien, Einkäufer kaufmännische, beide die Zuverlässigkeit; Berater geben beratende Bewertungen ab.',
      noPermission: 'Ihre Rollen bewerten keine Angebote; die Bewertungen unten können Sie lesen.',
      priceNote: '{{name}} ({{weight}} %) bewertet der Server: Der niedrigste vergleichbare Gesamtbetrag erhält 100 Punkte, jeder andere anteilig.',
      advisory: 'Beratend: getrennt gezeigt, zählt nicht',
      score: 'Bewertung (0–10)',
      comment: 'Kommentar',
      save: 'Bewertung speichern',
      saved: 'Ihre Bewertung von {{supplier}} im Kriterium {{criterion}} ist gespeichert.',
      current: 'Ihre aktuelle Bewertung: {{score}} · {{date}}',
      notYet: 'Von Ihnen noch nicht bewertet',
      unsaved: 'Geändert, nicht gespeichert',
      blocked: {
        price: 'Vom Server aus den vergleichbaren Gesamtbeträgen bewertet.',
        performance: 'Aus der erfassten Lieferleistung ({{score}}): Bewertungen der Bewerter werden nicht verwendet.',
        role: 'Ihre Rollen in diesem Vorgang bewerten keine {{kind}}.',
        conflict: 'Sie haben einen Interessenkonflikt mit diesem Lieferanten erklärt und nehmen an seiner Bewertung nicht teil.',
      },
      inputErrors: {
        score: {
          required: 'Geben Sie eine Bewertung von 0 bis 10 ein.',
          invalid: 'Eine Bewertung ist eine ganze Zahl von 0 bis 10.',
        },
        comment: {
          required: 'Ein Kommentar begründet die Bewertung: Schreiben Sie wenigstens ein paar Worte.',
          tooLong: 'Ein Kommentar hat höchstens 2000 Zeichen.',
        },
      },
    },

    all: {
      title: 'Bewertungen aller Bewerter',
      intro:
        'Je Kriterium und Lieferant: jede aktuelle Bewertung mit ihrem Kommentar. Der Konsens ist der Mittelwert der zählenden Bewertungen; Bewertungen von Beratern und von Mitgliedern mit Interessenkonflikt werden getrennt gezeigt und zählen nicht. Liegen zählende Bewertungen 4 oder mehr Punkte auseinander, ist das zur Besprechung markiert.',
      consensus: 'Konsens',
      counted: 'Zählende Bewertungen',
      notCounted: 'Zählen nicht',
      consensusValue: '{{mean}} / 10 → {{score}} Punkte',
      noConsensus: 'Noch keine zählende Bewertung',
      spread: 'Spanne {{spread}}',
      discuss: 'Besprechen: Bewertungen {{spread}} Punkte auseinander',
      fromPerformance: 'Aus der erfassten Lieferleistung: {{score}} Punkte',
      performanceUsed: 'Bewertungen der Bewerter werden nicht verwendet: Es zählt die erfasste Lieferleistung.',
      none: '–',
      conflict: 'Interessenkonflikt',
      advisor: 'Berater',
      noScoredCriteria: 'Kein Kriterium dieser Anfrage wird von Bewertern bewertet.',
    },

    ranking: {
      title: 'Rangfolge',
      intro:
        'Die gewichtete Gesamtpunktzahl je Lieferant: jede Kriterienbewertung (0–100) × ihre Gewichtung. Die Spalten zeigen die Punkte, die jedes Kriterium zur Gesamtpunktzahl beiträgt.',
      rank: 'Rang',
      total: 'Gesamt',
      points: '{{score}} × {{weight}} %',
      missingScore: 'fehlt',
      incomplete: 'Die Rangfolge ist noch nicht vollständig: Eine fehlende Bewertung zählt als 0. Es fehlen:',
      missingRates:
        'Wechselkurs für {{currencies}} fehlt: Diese Lieferanten haben noch keine Preisbewertung (geben Sie den Kurs im Preisspiegel ein).',
      noSuppliers: 'Kein Lieferant hat ein Angebot abgegeben: Es gibt keine Rangfolge.',
    },

    sensitivity: {
      title: 'Sensitivität',
      intro:
        'Ändert sich der erste Platz, wenn sich eine einzelne Gewichtung um bis zu ±10 Punkte verschiebt (die übrigen Gewichtungen anteilig angepasst, sodass die Summe 100 bleibt)?',
      stable: '{{leader}} bleibt vorn, welche einzelne Gewichtung sich auch um bis zu ±10 Punkte verschiebt: Die Rangfolge hängt nicht an den genauen Gewichtungen.',
      unstable:
        'Der erste Platz hängt an den Gewichtungen: {{leader}} liegt vorn, aber mit {{newWeight}} statt {{weight}} Punkten für „{{criterion}}“ läge {{newLeader}} vorn.',
      raise: '„{{criterion}}“ um {{points}} Punkte höher gewichtet (von {{weight}} auf {{newWeight}}): {{newLeader}} läge vorn.',
      lower: '„{{criterion}}“ um {{points}} Punkte niedriger gewichtet (von {{weight}} auf {{newWeight}}): {{newLeader}} läge vorn.',
      holds: '„{{criterion}}“ ({{weight}} %): Keine Verschiebung um bis zu ±10 Punkte ändert den ersten Platz.',
      incomplete: 'Auch hier zählen fehlende Bewertungen als 0: Das Ergebnis ändert sich, sobald Bewertungen hinzukommen.',
    },

    errors: {
      score: 'Eine Bewertung ist eine ganze Zahl von 0 bis 10.',
      comment: 'Ein Kommentar mit 1 bis 2000 Zeichen begründet die Bewertung.',
      criterionKey: 'Dieses Kriterium kann nicht von Bewertern bewertet werden.',
      invitationId: 'Dieser Lieferant hat kein abgegebenes Angebot, das bewertet werden kann.',
      CONFLICT_OF_INTEREST: 'Sie haben einen Interessenkonflikt mit diesem Lieferanten erklärt und nehmen an seiner Bewertung nicht teil.',
      FORBIDDEN: 'Ihre Rollen in diesem Vorgang bewerten dieses Kriterium nicht.',
      CONFLICT: 'Angebote werden erst bewertet, wenn die Anfrage geschlossen ist.',
    },
  },
};
