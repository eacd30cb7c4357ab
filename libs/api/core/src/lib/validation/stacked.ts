import { applyDecorators } from '@nestjs/common';

/**
 * Several decorators as one, applied as if written one above the other over the member: the
 * lowest first (Nest's `applyDecorators` applies the first first). The order is kept because it
 * is the order validators run in, and the first problem found names the error.
 */
export function stacked(...decorators: Array<ClassDecorator | MethodDecorator | PropertyDecorator>) {
  return applyDecorators(...[...decorators].reverse());
}
