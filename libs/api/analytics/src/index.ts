export * from './lib/analytics.module';
export * from './lib/services/analytics.service';
export * from './lib/services/analytics-facts.service';
export * from './lib/statistics';
export * from './lib/kraljic';
export * from './lib/dto/analytics.inputs';
export * from './lib/dto/analytics.types';
