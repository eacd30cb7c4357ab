import { Locale } from '@bc/shared/domain';
import { de } from './translations/de';
import { documentsDe } from './translations/documents.de';
import { documentsEn } from './translations/documents.en';
import { en } from './translations/en';
import type { Catalogue, DocumentTranslations } from './translations/translations';

/** German document words, held to the English shape (a missing key fails the build). */
const DOCUMENTS_DE: DocumentTranslations = documentsDe;

/**
 * The one message catalogue, by language. The web loads it into ngx-translate; the API's
 * documents (PDFs, the comparison workbook) read it through `translator` below (the documents' own
 * section is kept out of the web's bundle: `en`/`de` hold the screens' words, `documentsEn`/`documentsDe` the papers'), with the same
 * `{{param}}` interpolation, so a word is written once for the screen and the paper.
 */
export const CATALOGUE: Readonly<Record<Locale, Catalogue>> = {
  [Locale.EN]: { ...en, ...documentsEn },
  [Locale.DE]: { ...de, ...DOCUMENTS_DE },
};

/** The values a message interpolates, by name. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The dotted keys of the messages (the strings) in a catalogue tree. */
export type MessageKey<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessageKey<T[K]>}` }[keyof T & string];

/** The dotted keys of the groups (the objects) in a catalogue tree. */
export type GroupKey<T> = { [K in keyof T & string]: T[K] extends string ? never : K | `${K}.${GroupKey<T[K]>}` }[keyof T & string];

/** The subtree at a dotted key. */
export type Subtree<T, P extends string> = P extends `${infer H}.${infer R}` ? (H extends keyof T ? Subtree<T[H], R> : never) : P extends keyof T ? T[P] : never;

/** Reads the messages of one catalogue subtree in one language. */
export interface Translate<T> {
  /** The message at `key`, interpolated; an unknown key gives the key itself (as ngx-translate does). */
  (key: MessageKey<T>, params?: MessageParams): string;
  /**
   * The message for `value` in `group` (an enum member, a status, a default name), or undefined when
   * the catalogue has none: the caller then shows the value as it is.
   */
  pick(group: GroupKey<T>, value: string): string | undefined;
  /**
   * A counted phrase as the web's `bcPlural` pipe reads it: `group.one` or `group.other` (the
   * categories of `Intl.PluralRules`; a missing one falls back to `other`), with `count` interpolated.
   */
  plural(group: GroupKey<T>, count: number, params?: MessageParams): string;
}

/** What `translator` builds, before its overloads type the keys. */
interface AnyTranslate {
  (key: string, params?: MessageParams): string;
  pick(group: string, value: string): string | undefined;
  plural(group: string, count: number, params?: MessageParams): string;
}

/** ngx-translate's default parser: `{{name}}` (one optional space inside the braces) is replaced by `params.name`; an unknown name stays as written. */
const PARAMETER = /{{\s?([^{}\s]*)\s?}}/g;

export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(PARAMETER, (written, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : written));
}

function at(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), tree);
}

/**
 * The messages of `locale` under `scope` (a dotted key such as `documents.rfq`; none: the whole
 * catalogue). Keys are checked against the catalogue's type.
 */
export function translator(locale: Locale): Translate<Catalogue>;
export function translator<S extends GroupKey<Catalogue>>(locale: Locale, scope: S): Translate<Subtree<Catalogue, S>>;
export function translator(locale: Locale, scope?: string): AnyTranslate {
  const root = scope ? at(CATALOGUE[locale], scope) : CATALOGUE[locale];
  const prefix = scope ? `${scope}.` : '';
  const message = (key: string): string | undefined => {
    const found = at(root, key);
    return typeof found === 'string' ? found : undefined;
  };
  const rules = new Intl.PluralRules(locale);
  const t = (key: string, params?: MessageParams): string => {
    const found = message(key);
    return found === undefined ? `${prefix}${key}` : interpolate(found, params);
  };
  const pick = (group: string, value: string): string | undefined => {
    const found = at(root, group);
    const text = found !== null && typeof found === 'object' && Object.hasOwn(found, value) ? (found as Record<string, unknown>)[value] : undefined;
    return typeof text === 'string' ? text : undefined;
  };
  const plural = (group: string, count: number, params?: MessageParams): string => {
    const values = { ...params, count };
    const exact = message(`${group}.${rules.select(count)}`);
    return exact !== undefined ? interpolate(exact, values) : t(`${group}.other`, values);
  };
  return Object.assign(t, { pick, plural });
}
