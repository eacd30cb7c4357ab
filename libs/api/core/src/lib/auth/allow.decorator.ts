import { SetMetadata } from '@nestjs/common';
import { Permission } from '@bc/shared/domain';

export const ALLOW_KEY = 'bc:allow';
export const PUBLIC_KEY = 'bc:public';

/**
 * The permissions of which the signed-in user needs at least one. Every operation carries
 * `@Allow(...)`, `@Allow()` (any signed-in user) or `@Public()`; the guard refuses the rest.
 */
export const Allow = (...permissions: Permission[]) => SetMetadata(ALLOW_KEY, permissions);

/** Open to anonymous callers (sign-in, invitation preview, `me`). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
