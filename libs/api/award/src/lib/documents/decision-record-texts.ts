import { GLOSSARY, Locale } from '@bc/shared/domain';

/** The decision record's words in English and German, and how it formats dates, money and scores per language. */
export interface Labels {
  docTitle: string;
  intro: string;
  caseFacts: string;
  purchaseType: string;
  importance: string;
  category: string;
  currency: string;
  openedAt: string;
  specification: string;
  specText: (v: number, approved: string | null, by: string | null, lines: number, reqs: number) => string;
  noSpecification: string;
  rfq: string;
  published: string;
  closesAt: string;
  closedAt: string;
  twoEnvelope: string;
  technicalLocked: string;
  yes: string;
  no: string;
  exchangeRates: string;
  award: string;
  awardIntro: (version: number, by: string, at: string) => string;
  approvedAt: string;
  value: string;
  followsRanking: string;
  followsYes: string;
  followsNo: string;
  justification: string;
  noJustification: string;
  route: (mode: string, steps: string) => string;
  pos: string;
  item: string;
  supplier: string;
  quantity: string;
  unitPrice: string;
  total: string;
  approvals: string;
  approver: string;
  asDeputyFor: (name: string) => string;
  role: string;
  decision: string;
  time: string;
  comment: string;
  decisions: Record<string, string>;
  roles: Record<string, string>;
  assessedBy: string;
  modes: Record<string, string>;
  earlierProposals: string;
  version: string;
  status: string;
  reason: string;
  statuses: Record<string, string>;
  ranking: string;
  rank: string;
  score: string;
  noRanking: string;
  criteria: string;
  criterion: string;
  weight: string;
  scores: string;
  consensus: string;
  evaluators: string;
  advisory: string;
  wideSpread: string;
  noScores: string;
  negotiation: string;
  skipped: (reason: string) => string;
  noNegotiation: string;
  round: string;
  message: string;
  deadline: string;
  ended: string;
  targets: string;
  asked: string;
  responded: string;
  invitations: string;
  invited: string;
  invitationStatuses: Record<string, string>;
  quotes: string;
  revision: string;
  submitted: string;
  receipt: string;
  inRound: (n: number) => string;
  rfqPhase: string;
  noQuotes: string;
  audit: string;
  auditIntro: (n: number, first: string, last: string) => string;
  auditLastHash: string;
  action: string;
  count: string;
  actor: string;
  system: string;
  integrity: string;
  integrityText: string;
  contentHash: string;
  chainOk: (n: number) => string;
  chainBroken: string;
  kinds: Record<string, string>;
  criterionNames: Record<string, string>;
}

export const EN: Labels = {
  docTitle: 'Decision record',
  intro: 'How this award was reached: the case, the request for quotation, the quotes received, the evaluation, the negotiation, the award and its approvals.',
  caseFacts: 'The case',
  purchaseType: 'Kind of purchase',
  importance: 'Importance',
  category: 'Category (CPV)',
  currency: 'Currency',
  openedAt: 'Opened',
  specification: 'Specification',
  specText: (v, approved, by, lines, reqs) =>
    `Version ${v}${approved ? `, approved ${approved}${by ? ` by ${by}` : ''}` : ''}; ${lines} line item(s), ${reqs} requirement(s). The RFQ referred to this frozen version.`,
  noSpecification: 'No specification version is recorded.',
  rfq: 'Request for quotation',
  published: 'Published',
  closesAt: 'Closing time',
  closedAt: 'Closed (quotes opened)',
  twoEnvelope: 'Two envelopes',
  technicalLocked: 'technical scores locked',
  yes: 'yes',
  no: 'no',
  exchangeRates: 'Exchange rates entered',
  award: 'The award',
  awardIntro: (version, by, at) => `Proposal version ${version}, proposed by ${by} on ${at}.`,
  approvedAt: 'Awarded',
  value: 'Awarded value',
  followsRanking: 'Follows the ranking',
  followsYes: 'yes: every line goes to the first place of the ranking',
  followsNo: 'no: the justification explains why',
  justification: 'Justification',
  noJustification: 'None given (the proposal follows the ranking).',
  route: (mode, steps) => `Approval route (${mode}): ${steps}.`,
  pos: 'Pos.',
  item: 'Item',
  supplier: 'Supplier',
  quantity: 'Quantity',
  unitPrice: 'Unit price',
  total: 'Total',
  approvals: 'Approvals',
  approver: 'Approver',
  asDeputyFor: (name) => `as deputy for ${name}`,
  role: 'Role',
  decision: 'Decision',
  time: 'Time',
  comment: 'Comment',
  decisions: { APPROVED: 'Approved', REJECTED: 'Rejected' },
  roles: GLOSSARY[Locale.EN].roles,
  assessedBy: 'How it is scored',
  modes: { SEQUENTIAL: 'one after the other', PARALLEL: 'in parallel' },
  earlierProposals: 'Earlier proposals',
  version: 'Version',
  status: 'Status',
  reason: 'Reason',
  statuses: { PENDING: 'Pending', APPROVED: 'Approved', REJECTED: 'Rejected', SUPERSEDED: 'Changed (superseded)', WITHDRAWN: 'Withdrawn' },
  ranking: 'Ranking the proposal was made on',
  rank: 'Rank',
  score: 'Weighted score',
  noRanking: 'The proposal recorded no ranking.',
  criteria: 'Criteria and weights',
  criterion: 'Criterion',
  weight: 'Weight',
  scores: 'Scores at the time of the award',
  consensus: 'Consensus (0–100)',
  evaluators: 'Evaluators (0–10)',
  advisory: 'advisory, not counted',
  wideSpread: 'wide spread',
  noScores: 'No evaluator scores (price and recorded reliability are scored by the server).',
  negotiation: 'Negotiation',
  skipped: (reason) => `Skipped. Reason: ${reason}`,
  noNegotiation: 'There was no negotiation round.',
  round: 'Round',
  message: 'Message',
  deadline: 'Deadline',
  ended: 'ended early',
  targets: 'Targets',
  asked: 'Suppliers asked',
  responded: 'offer received',
  invitations: 'Invited suppliers',
  invited: 'Invited',
  invitationStatuses: { SENT: 'Invited', VIEWED: 'Viewed', DECLINED: 'Declined', QUOTED: 'Quoted' },
  quotes: 'Quotes received, with their receipts',
  revision: 'Rev.',
  submitted: 'Submitted',
  receipt: 'Receipt (SHA-256 of the quote)',
  inRound: (n) => `round ${n}`,
  rfqPhase: 'RFQ',
  noQuotes: 'No quote was received.',
  audit: 'Audit summary',
  auditIntro: (n, first, last) => `${n} entries in the organization's tamper-evident audit trail concern this case, from ${first} to the award on ${last}.`,
  auditLastHash: 'Hash of the last entry up to the award',
  action: 'Action',
  count: 'Entries',
  actor: 'By',
  system: 'the system',
  integrity: 'Integrity',
  integrityText:
    'The SHA-256 below is computed over this record\'s content in canonical JSON (keys sorted, no spaces). Anyone can fetch that JSON and recompute it; a single changed character gives a different hash.',
  contentHash: 'SHA-256 of the record',
  chainOk: (n) => `Audit trail verified when this document was made: ${n} entries, every link holds.`,
  chainBroken: 'Audit trail verification FAILED when this document was made: see the audit page.',
  kinds: { PRICE: 'scored by the server from the totals', TECHNICAL: 'technical (specifiers)', COMMERCIAL: 'commercial (buyers)', RELIABILITY: 'recorded performance, else evaluators' },
  criterionNames: {},
};

export const DE: Labels = {
  docTitle: 'Vergabevermerk',
  intro: 'Wie diese Vergabe zustande kam: der Vorgang, die Angebotsanfrage, die eingegangenen Angebote, die Bewertung, die Verhandlung, der Zuschlag und seine Freigaben.',
  caseFacts: 'Der Vorgang',
  purchaseType: 'Art des Kaufs',
  importance: 'Bedeutung',
  category: 'Kategorie (CPV)',
  currency: 'Währung',
  openedAt: 'Angelegt',
  specification: 'Spezifikation',
  specText: (v, approved, by, lines, reqs) =>
    `Version ${v}${approved ? `, freigegeben am ${approved}${by ? ` von ${by}` : ''}` : ''}; ${lines} Position(en), ${reqs} Anforderung(en). Die Anfrage bezog sich auf diese eingefrorene Version.`,
  noSpecification: 'Keine Version der Spezifikation verzeichnet.',
  rfq: 'Angebotsanfrage',
  published: 'Veröffentlicht',
  closesAt: 'Angebotsfrist',
  closedAt: 'Geschlossen (Angebote geöffnet)',
  twoEnvelope: 'Zwei Umschläge',
  technicalLocked: 'technische Bewertung gesperrt',
  yes: 'ja',
  no: 'nein',
  exchangeRates: 'Erfasste Wechselkurse',
  award: 'Der Zuschlag',
  awardIntro: (version, by, at) => `Vorschlag Version ${version}, vorgeschlagen von ${by} am ${at}.`,
  approvedAt: 'Zuschlag erteilt',
  value: 'Zuschlagswert',
  followsRanking: 'Folgt der Rangfolge',
  followsYes: 'ja: jede Position geht an den Erstplatzierten',
  followsNo: 'nein: die Begründung erklärt, warum',
  justification: 'Begründung',
  noJustification: 'Keine (der Vorschlag folgt der Rangfolge).',
  route: (mode, steps) => `Freigabeweg (${mode}): ${steps}.`,
  pos: 'Pos.',
  item: 'Position',
  supplier: 'Lieferant',
  quantity: 'Menge',
  unitPrice: 'Einzelpreis',
  total: 'Gesamt',
  approvals: 'Freigaben',
  approver: 'Freigebende Person',
  asDeputyFor: (name) => `in Vertretung für ${name}`,
  role: 'Rolle',
  decision: 'Entscheidung',
  time: 'Zeitpunkt',
  comment: 'Kommentar',
  decisions: { APPROVED: 'Freigegeben', REJECTED: 'Abgelehnt' },
  roles: GLOSSARY[Locale.DE].roles,
  assessedBy: 'Bewertung',
  modes: { SEQUENTIAL: 'nacheinander', PARALLEL: 'parallel' },
  earlierProposals: 'Frühere Vorschläge',
  version: 'Version',
  status: 'Status',
  reason: 'Grund',
  statuses: { PENDING: 'Offen', APPROVED: 'Freigegeben', REJECTED: 'Abgelehnt', SUPERSEDED: 'Geändert (ersetzt)', WITHDRAWN: 'Zurückgezogen' },
  ranking: 'Rangfolge, auf der der Vorschlag beruht',
  rank: 'Rang',
  score: 'Gewichtete Punkte',
  noRanking: 'Der Vorschlag hat keine Rangfolge verzeichnet.',
  criteria: 'Kriterien und Gewichte',
  criterion: 'Kriterium',
  weight: 'Gewicht',
  scores: 'Bewertungen zum Zeitpunkt des Zuschlags',
  consensus: 'Konsens (0–100)',
  evaluators: 'Bewertende (0–10)',
  advisory: 'beratend, zählt nicht',
  wideSpread: 'große Streuung',
  noScores: 'Keine Bewertungen durch Personen (Preis und erfasste Zuverlässigkeit bewertet der Server).',
  negotiation: 'Verhandlung',
  skipped: (reason) => `Übersprungen. Begründung: ${reason}`,
  noNegotiation: 'Es gab keine Verhandlungsrunde.',
  round: 'Runde',
  message: 'Nachricht',
  deadline: 'Frist',
  ended: 'vorzeitig beendet',
  targets: 'Zielpreise',
  asked: 'Angefragte Lieferanten',
  responded: 'Angebot erhalten',
  invitations: 'Eingeladene Lieferanten',
  invited: 'Eingeladen',
  invitationStatuses: { SENT: 'Eingeladen', VIEWED: 'Angesehen', DECLINED: 'Abgelehnt', QUOTED: 'Angeboten' },
  quotes: 'Eingegangene Angebote mit ihren Eingangsbestätigungen',
  revision: 'Rev.',
  submitted: 'Eingereicht',
  receipt: 'Eingangsbestätigung (SHA-256 des Angebots)',
  inRound: (n) => `Runde ${n}`,
  rfqPhase: 'Anfrage',
  noQuotes: 'Es ist kein Angebot eingegangen.',
  audit: 'Zusammenfassung des Prüfprotokolls',
  auditIntro: (n, first, last) => `${n} Einträge des manipulationssicheren Prüfprotokolls betreffen diesen Vorgang, vom ${first} bis zum Zuschlag am ${last}.`,
  auditLastHash: 'Hash des letzten Eintrags bis zum Zuschlag',
  action: 'Aktion',
  count: 'Einträge',
  actor: 'Von',
  system: 'dem System',
  integrity: 'Unversehrtheit',
  integrityText:
    'Der SHA-256 unten wird über den Inhalt dieses Vermerks in kanonischem JSON berechnet (Schlüssel sortiert, ohne Leerzeichen). Jede Person kann dieses JSON abrufen und den Hash nachrechnen; ein einziges geändertes Zeichen ergibt einen anderen Hash.',
  contentHash: 'SHA-256 des Vermerks',
  chainOk: (n) => `Prüfprotokoll bei Erstellung dieses Dokuments geprüft: ${n} Einträge, jedes Glied hält.`,
  chainBroken: 'Prüfung des Prüfprotokolls bei Erstellung dieses Dokuments FEHLGESCHLAGEN: siehe Seite Prüfprotokoll.',
  kinds: { PRICE: 'vom Server aus den Summen', TECHNICAL: `technisch (${GLOSSARY[Locale.DE].rolesPlural.SPECIFIER})`, COMMERCIAL: 'kaufmännisch (Einkauf)', RELIABILITY: 'erfasste Leistung, sonst Bewertende' },
  criterionNames: {
    'Supplier reliability': 'Zuverlässigkeit des Lieferanten',
    'Technical fit and quality': 'Technische Eignung und Qualität',
    Price: 'Preis',
    'Lead time and terms': 'Lieferzeit und Konditionen',
  },
};

export const PURCHASE_TYPES: Record<Locale, Record<string, string>> = {
  [Locale.EN]: { NEW_TASK: 'New task', MODIFIED_REBUY: 'Modified rebuy', STRAIGHT_REBUY: 'Straight rebuy' },
  [Locale.DE]: { NEW_TASK: 'Neukauf', MODIFIED_REBUY: 'Modifizierter Wiederkauf', STRAIGHT_REBUY: 'Reiner Wiederkauf' },
};
export const IMPORTANCE: Record<Locale, Record<string, string>> = {
  [Locale.EN]: { STRATEGIC: 'Strategic', BOTTLENECK: 'Bottleneck', LEVERAGE: 'Leverage', ROUTINE: 'Routine' },
  [Locale.DE]: { STRATEGIC: 'Strategisch', BOTTLENECK: 'Engpass', LEVERAGE: 'Hebel', ROUTINE: 'Routine' },
};
