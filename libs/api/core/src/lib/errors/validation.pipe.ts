import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorCode } from '@bc/shared/domain';
import { AppError } from './app-error';

function flatten(errors: ValidationError[], prefix: string): Array<{ field: string; message: string }> {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Validates every input with class-validator. The first problem gives the error its field
 * (as a path from the argument: `input.email`) and message; all are in `details.errors`.
 */
@Injectable()
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({ transform: true, whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    this.exceptionFactory = (errors: ValidationError[]) => {
      const problems = flatten(errors, metadata.data ?? '');
      const first = problems[0] ?? { field: metadata.data ?? 'input', message: 'is not valid' };
      return new AppError(ErrorCode.VALIDATION_FAILED, first.message, {
        field: first.field,
        details: { errors: problems },
      });
    };
    return super.transform(value, metadata);
  }
}
