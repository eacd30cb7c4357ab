import type { openDataEn } from './open-data.en';

/** Deutsche Texte zu Open Data (OCDS). */
export const openDataDe: typeof openDataEn = {
  openData: {
    title: 'Open Data (OCDS)',
    intro:
      'Vorgänge, die die Angebotsphase verlassen haben, können als Releases nach dem Open Contracting Data Standard 1.1.5 veröffentlicht werden: die Ausschreibung, verschobene Angebotsfristen, die Zahl der Bieter nach Ablauf der Frist und der Zuschlag. Vor Ablauf der Angebotsfrist wird nichts über Angebote veröffentlicht; Schätzwerte, Bewertungen und Preise unterlegener Angebote nie.',
    prefixLabel: 'OCID-Präfix',
    prefixHint: 'Bei der Open Contracting Partnership registriert: „ocds-“ und sechs Kleinbuchstaben oder Ziffern.',
    prefixInvalid: '„ocds-“ und sechs Kleinbuchstaben oder Ziffern, z. B. ocds-a1b2c3.',
    contactsLabel: 'Ansprechpersonen veröffentlichen',
    contactsHint: 'Name, E-Mail und Telefon der einkaufenden Person, die die Anfrage veröffentlicht hat, und des ersten Kontakts jedes Lieferanten. Aus: Beteiligte nur als Organisationen.',
    publicLabel: 'Öffentlich bereitstellen',
    publicHint: 'Alle können die veröffentlichten Pakete ohne Anmeldung abrufen (für öffentliche Auftraggeber).',
    publicAt: 'Öffentlicher Feed: {{url}}',
    publicNeedsPrefix: 'Die öffentliche Bereitstellung braucht das OCID-Präfix.',
    saved: 'Open-Data-Einstellungen gespeichert.',
    discard: 'Änderungen verwerfen',
    updatedAt: 'Zuletzt geändert am {{date}}.',
    nothingYet: 'Noch wird nichts veröffentlicht.',
    caseTitle: 'Open Data (OCDS)',
    caseIntro: 'Dieser Vorgang als Open Data nach OCDS 1.1.5: seine Releases oder sein Record mit dem zusammengeführten Release.',
    releasePackage: 'Release-Paket',
    recordPackage: 'Record',
    casePrefixMissing: 'Für die OCDS-Downloads braucht die Organisation ihr OCID-Präfix: Ein Administrator legt es auf der Seite Einkaufsrichtlinie fest.',
  },
};
