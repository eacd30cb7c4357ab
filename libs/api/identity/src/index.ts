export * from './lib/identity.module';
export * from './lib/entities';
export * from './lib/services/password.service';
export * from './lib/services/user.service';
export * from './lib/services/organization.service';
export * from './lib/services/sign-in-limiter.service';
export * from './lib/services/tokens';
export * from './lib/dto/identity.types';
export { toOrganizationType, toUserType } from './lib/dto/mappers';
