import { CriterionKind } from '@bc/shared/domain';

/** The RFQ document's words in English and German, and how it formats dates, amounts and places per language. */
export interface Labels {
  docTitle: string;
  draftBanner: string;
  draftNote: string;
  cancelledBanner: string;
  purchaseCase: string;
  category: string;
  keyFacts: string;
  closesAt: string;
  questionsCloseAt: string;
  publishedAt: string;
  currency: string;
  validity: string;
  validityDays: (n: number) => string;
  deliveryTerms: string;
  deliveryDate: string;
  deliveryDateNone: string;
  deliveryAddress: string;
  paymentTerms: string;
  portal: string;
  description: string;
  lineItems: string;
  specVersion: (version: number, approvedAt: string | null) => string;
  pos: string;
  item: string;
  quantity: string;
  unit: string;
  noLines: string;
  requirements: string;
  requirement: string;
  kind: string;
  mustHave: string;
  niceToHave: string;
  weight: (w: number) => string;
  noRequirements: string;
  attachments: string;
  attachmentsIntro: string;
  document: string;
  size: string;
  noAttachments: string;
  criteria: string;
  criterion: string;
  assessedBy: string;
  criterionWeight: string;
  total: string;
  criteriaNote: string;
  kinds: Record<CriterionKind, string>;
  howToQuote: string;
  howSteps: (p: { url: string; closes: string; questions: string }) => string[];
  instructions: string;
  contact: string;
  contactNone: string;
  defaultCriterionNames: Record<string, string>;
}

export const EN: Labels = {
  docTitle: 'Request for quotation',
  draftBanner: 'DRAFT — not published',
  draftNote: 'This request is a draft for internal review. It has not been sent to suppliers and is not an invitation to quote.',
  cancelledBanner: 'CANCELLED — this request has been withdrawn; quotes are no longer accepted.',
  purchaseCase: 'Purchase case',
  category: 'Category',
  keyFacts: 'Key facts',
  closesAt: 'Closing time for quotes',
  questionsCloseAt: 'Deadline for questions',
  publishedAt: 'Published',
  currency: 'Currency of the quote',
  validity: 'Quote validity wanted',
  validityDays: (n) => `${n} ${n === 1 ? 'day' : 'days'} from the closing time`,
  deliveryTerms: 'Delivery terms',
  deliveryDate: 'Wanted delivery date',
  deliveryDateNone: 'Not fixed; state your lead time',
  deliveryAddress: 'Delivery address',
  paymentTerms: 'Payment terms',
  portal: 'Supplier portal',
  description: 'Description',
  lineItems: 'Line items',
  specVersion: (v, at) => `Specification version ${v}${at ? `, approved ${at}` : ''}. Quote a unit price for each line.`,
  pos: 'Pos.',
  item: 'Description',
  quantity: 'Quantity',
  unit: 'Unit',
  noLines: 'No line items.',
  requirements: 'Requirements',
  requirement: 'Requirement',
  kind: 'Type',
  mustHave: 'Must-have',
  niceToHave: 'Nice-to-have',
  weight: (w) => `weight ${w}`,
  noRequirements: 'No further requirements.',
  attachments: 'Attached documents',
  attachmentsIntro: 'The following documents belong to the specification and can be downloaded in the portal:',
  document: 'Document',
  size: 'Size',
  noAttachments: 'No documents are attached to the specification.',
  criteria: 'Evaluation criteria',
  criterion: 'Criterion',
  assessedBy: 'How it is assessed',
  criterionWeight: 'Weight',
  total: 'Total',
  criteriaNote: 'The weights add up to 100 and were fixed when the request was published; they do not change during the request.',
  kinds: {
    [CriterionKind.PRICE]: 'Calculated from the comparable quote totals',
    [CriterionKind.RELIABILITY]: 'From the recorded delivery performance, where there is history',
    [CriterionKind.TECHNICAL]: 'Scored by the buyer’s technical specialists',
    [CriterionKind.COMMERCIAL]: 'Scored by the buyer’s purchasing team',
  },
  howToQuote: 'How to quote',
  howSteps: ({ url, closes, questions }) => [
    `Submit your quote in the supplier portal at ${url} before the closing time: ${closes}. Quotes sent by e-mail or post are not considered.`,
    `Ask questions about this request through the portal until the question deadline: ${questions}. The buyer may share a question and its answer with all invited suppliers, without naming who asked.`,
    'Late quotes are refused: the server’s clock decides whether a quote is on time, not the time on your computer.',
    'Quotes stay sealed until the closing time; nobody at the buyer can open them earlier. Until then you may revise or withdraw your quote in the portal.',
  ],
  instructions: 'Further instructions',
  contact: 'Contact',
  contactNone: 'Please send any questions through the portal.',
  defaultCriterionNames: {},
};

export const DE: Labels = {
  docTitle: 'Angebotsanfrage',
  draftBanner: 'ENTWURF — nicht veröffentlicht',
  draftNote: 'Diese Anfrage ist ein Entwurf zur internen Prüfung. Sie wurde nicht an Lieferanten versandt und ist keine Aufforderung zur Angebotsabgabe.',
  cancelledBanner: 'ABGEBROCHEN — diese Anfrage wurde zurückgezogen; Angebote werden nicht mehr angenommen.',
  purchaseCase: 'Beschaffungsvorgang',
  category: 'Warengruppe',
  keyFacts: 'Eckdaten',
  closesAt: 'Angebotsfrist',
  questionsCloseAt: 'Frist für Rückfragen',
  publishedAt: 'Veröffentlicht',
  currency: 'Angebotswährung',
  validity: 'Gewünschte Bindefrist',
  validityDays: (n) => `${n} ${n === 1 ? 'Tag' : 'Tage'} ab Angebotsfrist`,
  deliveryTerms: 'Lieferbedingungen',
  deliveryDate: 'Gewünschter Liefertermin',
  deliveryDateNone: 'Offen; bitte Lieferzeit angeben',
  deliveryAddress: 'Lieferanschrift',
  paymentTerms: 'Zahlungsbedingungen',
  portal: 'Lieferantenportal',
  description: 'Beschreibung',
  lineItems: 'Positionen',
  specVersion: (v, at) => `Spezifikation Version ${v}${at ? `, freigegeben am ${at}` : ''}. Bitte für jede Position einen Einzelpreis angeben.`,
  pos: 'Pos.',
  item: 'Beschreibung',
  quantity: 'Menge',
  unit: 'Einheit',
  noLines: 'Keine Positionen.',
  requirements: 'Anforderungen',
  requirement: 'Anforderung',
  kind: 'Art',
  mustHave: 'Muss-Kriterium',
  niceToHave: 'Kann-Kriterium',
  weight: (w) => `Gewicht ${w}`,
  noRequirements: 'Keine weiteren Anforderungen.',
  attachments: 'Beigefügte Dokumente',
  attachmentsIntro: 'Folgende Dokumente gehören zur Spezifikation und stehen im Portal zum Download bereit:',
  document: 'Dokument',
  size: 'Größe',
  noAttachments: 'Der Spezifikation sind keine Dokumente beigefügt.',
  criteria: 'Bewertungskriterien',
  criterion: 'Kriterium',
  assessedBy: 'Bewertung',
  criterionWeight: 'Gewicht',
  total: 'Summe',
  criteriaNote: 'Die Gewichte ergeben zusammen 100 und wurden bei der Veröffentlichung festgelegt; sie ändern sich während der Anfrage nicht.',
  kinds: {
    [CriterionKind.PRICE]: 'Berechnet aus den vergleichbaren Angebotssummen',
    [CriterionKind.RELIABILITY]: 'Aus der erfassten Lieferleistung, soweit vorhanden',
    [CriterionKind.TECHNICAL]: 'Bewertet durch die Fachabteilung des Auftraggebers',
    [CriterionKind.COMMERCIAL]: 'Bewertet durch den Einkauf des Auftraggebers',
  },
  howToQuote: 'So geben Sie ein Angebot ab',
  howSteps: ({ url, closes, questions }) => [
    `Geben Sie Ihr Angebot im Lieferantenportal unter ${url} vor Ablauf der Angebotsfrist ab: ${closes}. Per E-Mail oder Post gesendete Angebote werden nicht berücksichtigt.`,
    `Rückfragen zu dieser Anfrage stellen Sie bitte über das Portal bis zur Frist für Rückfragen: ${questions}. Der Einkäufer kann eine Frage und ihre Antwort allen eingeladenen Lieferanten zugänglich machen, ohne zu nennen, wer gefragt hat.`,
    'Verspätete Angebote werden abgewiesen: Maßgeblich ist die Uhr des Servers, nicht die Uhrzeit Ihres Computers.',
    'Angebote bleiben bis zum Ablauf der Angebotsfrist versiegelt; niemand beim Auftraggeber kann sie vorher öffnen. Bis dahin können Sie Ihr Angebot im Portal ändern oder zurückziehen.',
  ],
  instructions: 'Weitere Hinweise',
  contact: 'Ansprechpartner',
  contactNone: 'Bitte richten Sie Rückfragen über das Portal an uns.',
  defaultCriterionNames: {
    'Supplier reliability': 'Zuverlässigkeit des Lieferanten',
    'Technical fit and quality': 'Technische Eignung und Qualität',
    Price: 'Preis',
    'Lead time and terms': 'Lieferzeit und Konditionen',
  },
};
