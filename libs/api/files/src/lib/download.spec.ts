import { cleanFileName, MAX_FILE_NAME_LENGTH } from './download';

describe('cleanFileName', () => {
  it('keeps the last path segment only', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\eva\\Datenblatt Pumpe.pdf')).toBe('Datenblatt Pumpe.pdf');
  });

  it('drops control characters, so a name cannot break a header', () => {
    expect(cleanFileName('a\r\nSet-Cookie: x.pdf')).toBe('aSet-Cookie: x.pdf');
    expect(cleanFileName('\u0000\u001f\u0085')).toBe('');
  });

  it('drops bidirectional controls, so a name cannot pretend another extension', () => {
    expect(cleanFileName('Rechnung\u202Efdp.exe')).toBe('Rechnungfdp.exe');
    expect(cleanFileName('\u2066a\u2069\u200F\u061C.pdf')).toBe('a.pdf');
  });

  it('keeps UTF-8 names as they are (composed)', () => {
    expect(cleanFileName('Pru\u0308fbericht ü.pdf')).toBe('Prüfbericht ü.pdf');
  });

  it('keeps names within the limit, counted in characters', () => {
    expect([...cleanFileName(`${'ä'.repeat(300)}.pdf`)]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(cleanFileName('😀'.repeat(300))).toBe('😀'.repeat(MAX_FILE_NAME_LENGTH));
  });
});
