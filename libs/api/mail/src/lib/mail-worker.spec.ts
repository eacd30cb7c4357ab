import { backoffMs, smtpOptions } from './mail-worker.service';
import { mailDomain } from './mail-address';

describe('the mail worker', () => {
  it('waits 1, 2, 4 … minutes between attempts, at most an hour', () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => backoffMs(n, 60_000) / 60_000);
    expect(minutes).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it('reads host, port, TLS and credentials from SMTP_URL', () => {
    expect(smtpOptions('smtp://mail%40nordwind:p%C3%A4ss@mail.example.com:2525')).toMatchObject({
      host: 'mail.example.com',
      port: 2525,
      secure: false,
      auth: { user: 'mail@nordwind', pass: 'päss' },
    });
    expect(smtpOptions('smtps://mail.example.com')).toMatchObject({ port: 465, secure: true, auth: undefined });
    expect(smtpOptions('smtp://mail.example.com')).toMatchObject({ port: 587, secure: false });
  });

  it('makes Message-IDs in the domain of the From address', () => {
    expect(mailDomain('Buying Center <no-reply@localhost>')).toBe('localhost');
    expect(mailDomain('einkauf@nordwind.example')).toBe('nordwind.example');
  });
});
