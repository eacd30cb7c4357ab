import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GLOSSARY, RETIRED_TERMS } from './glossary';
import { Locale, Role } from './roles';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');

function files(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** Everything that puts words in front of users: UI translations, email templates, PDFs, the showcase. */
const SOURCES = [
  ...files(join(ROOT, 'libs/shared/i18n/src/lib/translations'), (p) => p.endsWith('.ts')),
  ...files(join(ROOT, 'libs/api'), (p) => /\/(mail|documents)\/[^/]+\.ts$/.test(p) && !p.endsWith('.spec.ts')),
  ...files(join(ROOT, 'libs/web'), (p) => p.endsWith('.html')),
];

describe('the glossary', () => {
  it('names every role in both languages', () => {
    for (const locale of [Locale.EN, Locale.DE]) {
      for (const role of Object.values(Role)) {
        expect(GLOSSARY[locale].roles[role]).toBeTruthy();
        expect(GLOSSARY[locale].rolesPlural[role]).toBeTruthy();
      }
    }
  });

  it('uses the German procurement terms: Spezifizierer, Einkäufer, Phasenübersicht', () => {
    expect(GLOSSARY[Locale.DE].roles[Role.SPECIFIER]).toBe('Spezifizierer');
    expect(GLOSSARY[Locale.DE].roles[Role.BUYER]).toBe('Einkäufer');
    expect(GLOSSARY[Locale.DE].caseBoard).toBe('Phasenübersicht');
  });

  it('finds the sources it checks', () => {
    const names = SOURCES.map((p) => relative(ROOT, p));
    expect(names).toEqual(expect.arrayContaining(['libs/shared/i18n/src/lib/translations/de.ts', 'libs/api/rfq/src/lib/documents/rfq-document.ts', 'libs/api/award/src/lib/documents/decision-record.ts', 'libs/api/award/src/lib/mail/award-mails.ts']));
  });

  it('leaves no retired wording in the UI translations, emails and PDFs', () => {
    const found: string[] = [];
    for (const path of SOURCES) {
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const term of RETIRED_TERMS[Locale.DE]) if (term.test(line)) found.push(`${relative(ROOT, path)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
