export * from './lib/demo.module';
export * from './lib/demo-seed.service';
export * from './lib/demo-data';
export { seededRandom } from './lib/showcase-suppliers';
export { HISTORY_CATEGORIES, HISTORY_SUPPLIERS, showcaseHistory } from './lib/showcase-history-data';
