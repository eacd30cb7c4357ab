import { Field, FieldOptions } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { stacked } from './stacked';
import { trim } from './transforms';

/**
 * A required text field of an input (a name, a title, a reason): trimmed, then refused when
 * nothing is left (with `message`, else class-validator's own) or when longer than `maxLength`.
 */
export const RequiredText = (maxLength: number, { message, ...field }: FieldOptions & { message?: string } = {}) =>
  stacked(Field(field), Transform(trim), IsString(), IsNotEmpty(message === undefined ? undefined : { message }), MaxLength(maxLength));
