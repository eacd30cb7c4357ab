import { Foundation1764100000000 } from './1764100000000-foundation';
import { SupplierDirectory1764200000000 } from './1764200000000-supplier-directory';

/** Every migration, in order. An explicit list: globs do not survive bundling. */
export const MIGRATIONS = [Foundation1764100000000, SupplierDirectory1764200000000];
