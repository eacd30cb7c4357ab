export * from './lib/negotiation.module';
export * from './lib/entities';
export * from './lib/services/negotiation.service';
export * from './lib/services/negotiation-records';
