import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorCode } from '@bc/shared/domain';
import { AppError } from './app-error';

/** Argument kinds that carry client input (Nest reports GraphQL's `@Args` as `body`); `custom` ones carry the server's own objects. */
const CLIENT_INPUT = new Set(['body', 'query', 'param']);

/**
 * The path of the first text in a client's input that holds a NUL character, which PostgreSQL
 * refuses in any text: refused here, at the edge, for every argument alike.
 */
export function pathOfNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = pathOfNul(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    for (const [key, inner] of Object.entries(value)) {
      const found = pathOfNul(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

interface Problem {
  field: string;
  message: string;
  /** The rule broken, from the validator's name: `maxLength` → `MAX_LENGTH`, `isUuid` → `IS_UUID`. */
  rule: string;
}

const ruleOf = (constraint: string) => constraint.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

function flatten(errors: ValidationError[], prefix = ''): Problem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({ field, message, rule: ruleOf(constraint) }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

class InvalidInput extends Error {
  constructor(readonly problems: Problem[]) {
    super('invalid input');
  }
}

/**
 * Validates every input with class-validator. The first problem gives the error its field (as a
 * path from the argument: `input.email`) and message; all of them are in `details.errors`.
 * Nest runs the pipes of one operation's arguments concurrently, so the argument's name is
 * added per call rather than kept on the instance.
 */
@Injectable()
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      exceptionFactory: (errors: ValidationError[]) => new InvalidInput(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (CLIENT_INPUT.has(metadata.type)) {
      const nul = pathOfNul(value, metadata.data ?? '');
      if (nul !== null) {
        throw new AppError(ErrorCode.VALIDATION_FAILED, 'Text may not contain NUL characters (U+0000)', {
          field: nul || 'input',
          details: { rule: 'NO_NUL_CHARACTERS' },
        });
      }
    }
    try {
      return await super.transform(value, metadata);
    } catch (e) {
      if (!(e instanceof InvalidInput)) throw e;
      const problems = e.problems.map((p) => ({ ...p, field: metadata.data ? `${metadata.data}.${p.field}` : p.field }));
      const first = problems[0] ?? { field: metadata.data ?? 'input', message: 'is not valid', rule: 'INVALID' };
      throw new AppError(ErrorCode.VALIDATION_FAILED, first.message, { field: first.field, details: { rule: first.rule, errors: problems } });
    }
  }
}
