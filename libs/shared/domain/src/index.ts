export * from './lib/roles';
export * from './lib/permissions';
export * from './lib/error-codes';
export * from './lib/password-policy';
export * from './lib/purchasing';
export * from './lib/suppliers';
export * from './lib/rfq';
export * from './lib/scoring';
