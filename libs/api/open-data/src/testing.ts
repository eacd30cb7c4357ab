/**
 * For tests: the OCDS 1.1.5 schemas and codelists kept in this library, and the pure builders.
 * Not for production code (the schemas are large; nothing at run time validates against them).
 */
import { join } from 'node:path';

export const OCDS_SCHEMA_DIR = join(__dirname, 'schema', 'ocds-1.1.5');
export { buildReleases, awardCriteriaOf, procurementCategoryOf, ocidOf } from './lib/ocds/release-builder';
export { compileReleases, mergeValue, recordOf } from './lib/ocds/merge';
export type { CaseFacts, PublishingFacts } from './lib/ocds/case-facts';
export type * from './lib/ocds/ocds.types';
