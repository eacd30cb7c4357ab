import { cleanFileName, MAX_FILE_NAME_LENGTH } from './file.service';

describe('cleanFileName', () => {
  it('keeps the last path segment only', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\eva\\Datenblatt Pumpe.pdf')).toBe('Datenblatt Pumpe.pdf');
  });

  it('drops control characters, so a name cannot break a header', () => {
    expect(cleanFileName('a\r\nSet-Cookie: x.pdf')).toBe('aSet-Cookie: x.pdf');
    expect(cleanFileName('\u0000\u001f')).toBe('');
  });

  it('keeps names within the limit', () => {
    expect(cleanFileName(`${'ä'.repeat(300)}.pdf`)).toHaveLength(MAX_FILE_NAME_LENGTH);
  });
});
