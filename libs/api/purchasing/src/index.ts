export * from './lib/purchasing.module';
export * from './lib/entities';
export * from './lib/services/case-access.service';
export * from './lib/services/case.service';
export * from './lib/services/transition.service';
export * from './lib/services/specification.service';
export * from './lib/services/shortlist.service';
export * from './lib/services/policy.service';
export { PurchaseCaseType, SpecificationVersionType } from './lib/dto/purchasing.types';
