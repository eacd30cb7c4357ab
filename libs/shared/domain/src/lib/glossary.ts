import { Locale, Role } from './roles';

/**
 * The one glossary of role and process terms, in both languages. The web app's translations,
 * the emails and the PDFs take these words from here (glossary.spec.ts checks that no other
 * wording of them is left anywhere).
 *
 * - The specifier (writes the specification, scores the technical criteria) is a
 *   "Spezifizierer", the term of the German buying-center literature; "Verschreiber" (a slip of
 *   the pen) was a mistranslation.
 * - The buyer (the role) is an "Einkäufer"; the buying organization as the supplier sees it is
 *   the "Auftraggeber" (never "Käufer").
 * - The case board (cases in columns by stage) is the "Phasenübersicht", not a "Tafel".
 */
export interface Glossary {
  roles: Record<Role, string>;
  /** Plural, as in "scored by specifiers". */
  rolesPlural: Record<Role, string>;
  /** The buying organization, as suppliers read it in RFQs, letters and PDFs. */
  buyingOrganization: string;
  /** The view of the cases as columns by stage. */
  caseBoard: string;
}

const ROLES_EN: Record<Role, string> = {
  [Role.ADMIN]: 'Administrator',
  [Role.REQUESTER]: 'Requester',
  [Role.SPECIFIER]: 'Specifier',
  [Role.BUYER]: 'Buyer',
  [Role.GATEKEEPER]: 'Gatekeeper',
  [Role.ADVISOR]: 'Advisor',
  [Role.DECIDER]: 'Decider',
  [Role.SUPPLIER]: 'Supplier',
  [Role.SUPPLIER_ADMIN]: 'Company admin',
};

/** German role nouns that are the same in the plural ("die Einkäufer"). */
const ROLES_DE: Record<Role, string> = {
  [Role.ADMIN]: 'Administrator',
  [Role.REQUESTER]: 'Bedarfsträger',
  [Role.SPECIFIER]: 'Spezifizierer',
  [Role.BUYER]: 'Einkäufer',
  [Role.GATEKEEPER]: 'Gatekeeper',
  [Role.ADVISOR]: 'Berater',
  [Role.DECIDER]: 'Entscheider',
  [Role.SUPPLIER]: 'Lieferant',
  [Role.SUPPLIER_ADMIN]: 'Firmenadministrator',
};

/** Every English role noun takes a plain "s". */
const pluralEn = (roles: Record<Role, string>): Record<Role, string> =>
  Object.fromEntries(Object.entries(roles).map(([role, noun]) => [role, `${noun}s`])) as Record<Role, string>;

export const GLOSSARY: Record<Locale, Glossary> = {
  [Locale.EN]: {
    roles: ROLES_EN,
    rolesPlural: pluralEn(ROLES_EN),
    buyingOrganization: 'Buyer',
    caseBoard: 'Board',
  },
  [Locale.DE]: {
    roles: ROLES_DE,
    rolesPlural: {
      ...ROLES_DE,
      [Role.ADMIN]: 'Administratoren',
      [Role.SUPPLIER]: 'Lieferanten',
      [Role.SUPPLIER_ADMIN]: 'Firmenadministratoren',
    },
    buyingOrganization: 'Auftraggeber',
    caseBoard: 'Phasenübersicht',
  },
};

/**
 * Wordings the glossary replaced, per language: none of them may appear in a translation, an
 * email template or a PDF label.
 */
export const RETIRED_TERMS: Record<Locale, RegExp[]> = {
  [Locale.EN]: [],
  [Locale.DE]: [/Verschreiber/, /\bTafel\b/, /(?<![A-Za-zÄÖÜäöüß])Käufer/],
};
