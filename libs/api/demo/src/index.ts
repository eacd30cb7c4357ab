export * from './lib/demo.module';
export * from './lib/demo-seed.service';
export * from './lib/demo-data';
export { seededRandom } from './lib/showcase-suppliers';
