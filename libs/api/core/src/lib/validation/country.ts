import { isISO31661Alpha2 } from 'class-validator';

/** Names people use that the CLDR names (below) do not give. */
const ALIASES: Record<string, string> = {
  'czech republic': 'CZ',
  'tschechische republik': 'CZ',
  england: 'GB',
  'great britain': 'GB',
  grossbritannien: 'GB',
  holland: 'NL',
  usa: 'US',
  'united states of america': 'US',
  'vereinigte staaten von amerika': 'US',
};

/** Lower case, without accents or punctuation: "Österreich" and "osterreich" are one key. */
const key = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

let byName: Map<string, string> | null = null;

/**
 * Every ISO 3166-1 alpha-2 country by its English and German names (long and short, from the
 * CLDR data built into Node's Intl), built once. No country list is kept here: the codes are the
 * ones class-validator accepts, the names the ones the runtime knows.
 */
function names(): Map<string, string> {
  if (byName) return byName;
  const map = new Map<string, string>();
  const namers = ['en', 'de'].flatMap((lang) =>
    (['long', 'short'] as const).map((style) => new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' })),
  );
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!isISO31661Alpha2(code)) continue;
      for (const namer of namers) {
        const name = namer.of(code);
        if (name) map.set(key(name), code);
      }
    }
  }
  for (const [name, code] of Object.entries(ALIASES)) map.set(key(name), code);
  byName = map;
  return map;
}

/**
 * The ISO 3166-1 alpha-2 code of what a user typed: a code in any case ("de"), or a country's
 * name in English or German ("Germany", "Deutschland", "Österreich"). Null when it is neither.
 */
export function countryCode(input: string): string | null {
  const text = input.trim();
  if (/^[A-Za-z]{2}$/.test(text) && isISO31661Alpha2(text.toUpperCase())) return text.toUpperCase();
  return names().get(key(text)) ?? null;
}

/**
 * `@Transform` for a country input: a code or a name becomes the code; anything else is left as
 * typed (upper-cased when it is two letters) so that `@IsISO31661Alpha2` refuses it, naming the field.
 */
export const toCountryCode = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  return countryCode(value) ?? value.trim();
};

/** As `toCountryCode`, for an optional filter: blank means none. */
export const toCountryCodeOrNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : toCountryCode({ value });
