import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '@bc/api/core';
import { ErrorCode, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bc/shared/domain';

/** OWASP's argon2id settings (19 MiB, 2 passes, 1 lane). */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** The passwords attackers try first (zxcvbn's list of the most common ones that meet the length). */
const COMMON_PASSWORDS = new Set(
  (dictionary['passwords-common'] as string[]).filter((p) => p.length >= PASSWORD_MIN_LENGTH),
);

@Injectable()
export class PasswordService {
  /** Verifying against this keeps an unknown email as slow as a wrong password. */
  private readonly dummyHash = argon2.hash('not a password of anyone', ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.dummyHash), password);
    } catch {
      return false;
    }
  }

  /**
   * NIST SP 800-63B: 8 to 128 characters, any characters, no composition rules; refuse the
   * most common passwords and ones made of the user's own email or name.
   */
  assertAcceptable(password: string, field: string, personal: { email?: string; name?: string } = {}): void {
    const length = [...password].length;
    if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
      throw new AppError(
        ErrorCode.VALIDATION_FAILED,
        `The password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
        { field },
      );
    }
    const lower = password.toLowerCase();
    const own = [personal.email, personal.email?.split('@')[0], personal.name]
      .filter((v): v is string => !!v && v.length >= 4)
      .map((v) => v.toLowerCase());
    if (COMMON_PASSWORDS.has(lower) || own.some((v) => lower === v || lower.includes(v))) {
      throw new AppError(ErrorCode.PASSWORD_REJECTED, 'This password is too common or too easy to guess', {
        field,
      });
    }
  }
}
