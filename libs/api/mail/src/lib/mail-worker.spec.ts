import { backoffMs, outcomeOf, smtpOptions } from './mail-worker.service';
import { mailDomain } from './mail-address';

describe('the mail worker', () => {
  it('doubles the delay between attempts from the base up to the configured cap', () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => backoffMs(n, 60_000, 3_600_000) / 60_000);
    expect(minutes).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
    const seconds = [1, 2, 3, 4, 5].map((n) => backoffMs(n, 15_000, 60_000) / 1000);
    expect(seconds).toEqual([15, 30, 60, 60, 60]);
  });

  it('tells a refusal, an unreachable server and a failure that may have reached it apart', () => {
    expect(outcomeOf(Object.assign(new Error('550 No such mailbox'), { responseCode: 550 }))).toMatchObject({ kind: 'permanent' });
    expect(outcomeOf(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET', command: 'CONN' }))).toMatchObject({ kind: 'unreachable' });
    expect(outcomeOf(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'EDNS' }))).toMatchObject({ kind: 'unreachable' });
    expect(outcomeOf(Object.assign(new Error('451 Try again later'), { responseCode: 451 }))).toMatchObject({ kind: 'transient', error: '451 Try again later' });
    expect(outcomeOf(Object.assign(new Error('Connection closed'), { code: 'ESOCKET', command: 'DATA' }))).toMatchObject({ kind: 'transient' });
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
