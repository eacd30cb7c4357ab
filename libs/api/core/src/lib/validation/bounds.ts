import { ValidateBy, ValidationOptions } from 'class-validator';
import { dateBoundsProblem, dateTimeBoundsProblem, DecimalRule, decimalProblem } from '@bc/shared/domain';

/**
 * class-validator decorators for the shared input bounds (`@bc/shared/domain` input-bounds):
 * every decimal fits its column, every date lies in DATE_BOUNDS. The message names the field.
 */

/** Decimal text that fits `rule` (digits, places, > 0 or >= 0). */
export function IsDecimalText(rule: DecimalRule, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimalText',
      validator: {
        validate: (value: unknown) => decimalProblem(value, rule) === null,
        defaultMessage: (args) => `${args?.property} ${decimalProblem(args?.value, rule)}`,
      },
    },
    options,
  );
}

/** A calendar date YYYY-MM-DD inside DATE_BOUNDS. */
export function IsBoundedDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBoundedDate',
      validator: {
        validate: (value: unknown) => dateBoundsProblem(value) === null,
        defaultMessage: (args) => `${args?.property} ${dateBoundsProblem(args?.value)}`,
      },
    },
    options,
  );
}

/** An instant (DateTime) inside DATE_BOUNDS. */
export function IsBoundedDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBoundedDateTime',
      validator: {
        validate: (value: unknown) => value instanceof Date && dateTimeBoundsProblem(value) === null,
        defaultMessage: (args) => `${args?.property} ${args?.value instanceof Date ? dateTimeBoundsProblem(args.value) : 'is a date and time'}`,
      },
    },
    options,
  );
}
