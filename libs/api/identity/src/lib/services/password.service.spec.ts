import { ErrorCode } from '@bc/shared/domain';
import { PasswordService } from './password.service';

describe('password rules', () => {
  const service = new PasswordService();
  const codeOf = (password: string, personal = {}) => {
    try {
      service.assertAcceptable(password, 'input.password', personal);
      return 'ok';
    } catch (e) {
      return (e as { code: string }).code;
    }
  };

  it('accepts 8 to 128 characters of anything, without composition rules', () => {
    expect(codeOf('kettle onion harbour')).toBe('ok');
    expect(codeOf('äöü ß € 漢字 ok')).toBe('ok');
    expect(codeOf('x'.repeat(7) + 'y')).toBe('ok');
    expect(codeOf('z'.repeat(128))).toBe('ok');
  });

  it('refuses too short and too long ones as VALIDATION_FAILED', () => {
    expect(codeOf('short12')).toBe(ErrorCode.VALIDATION_FAILED);
    expect(codeOf('z'.repeat(129))).toBe(ErrorCode.VALIDATION_FAILED);
  });

  it('refuses the most common passwords, whatever their case', () => {
    expect(codeOf('password1')).toBe(ErrorCode.PASSWORD_REJECTED);
    expect(codeOf('QWERTYUIOP')).toBe(ErrorCode.PASSWORD_REJECTED);
    expect(codeOf('iloveyou')).toBe(ErrorCode.PASSWORD_REJECTED);
  });

  it("refuses one made of the user's own email or name", () => {
    expect(codeOf('lea.neumann2026', { email: 'lea.neumann@nordwind.example' })).toBe(ErrorCode.PASSWORD_REJECTED);
    expect(codeOf('Lea Neumann!', { name: 'Lea Neumann' })).toBe(ErrorCode.PASSWORD_REJECTED);
  });

  it('hashes with argon2id and verifies', async () => {
    const hash = await service.hash('kettle onion harbour');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await service.verify(hash, 'kettle onion harbour')).toBe(true);
    expect(await service.verify(hash, 'kettle onion harbor')).toBe(false);
    expect(await service.verify(undefined, 'anything at all')).toBe(false);
  });
});
