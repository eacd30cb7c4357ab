import { Foundation1764100000000 } from './1764100000000-foundation';

/** Every migration, in order. An explicit list: globs do not survive bundling. */
export const MIGRATIONS = [Foundation1764100000000];
