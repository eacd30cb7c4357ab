export * from './lib/award.module';
export * from './lib/entities';
