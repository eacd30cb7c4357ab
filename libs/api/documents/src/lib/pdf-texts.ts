import { DEFAULT_CRITERIA, Locale } from '@bc/shared/domain';
import { translator } from '@bc/shared/i18n/documents';

/** The whole catalogue per language, for the words every document shares (roles, default criteria). */
const TERMS = { [Locale.EN]: translator(Locale.EN), [Locale.DE]: translator(Locale.DE) };

/** The default criteria's keys by their English names (what the server stores). */
const DEFAULT_KEYS = new Map(Object.values(DEFAULT_CRITERIA).flatMap((list) => list.map((c) => [c.name, c.key] as const)));

/**
 * A criterion's name in the reader's language: a default criterion's English name reads as
 * `criteria.defaultNames.<KEY>` (as on screen); a name the buyer wrote stays as written.
 */
export function criterionName(locale: Locale, name: string): string {
  const key = DEFAULT_KEYS.get(name);
  return (key && TERMS[locale].pick('criteria.defaultNames', key)) || name;
}

/** A role's name in the reader's language (the glossary's, as on screen); an unknown one as it is. */
export function roleName(locale: Locale, role: string): string {
  return TERMS[locale].pick('roles', role) ?? role;
}
