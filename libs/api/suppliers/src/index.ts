export * from './lib/suppliers.module';
export * from './lib/entities';
export * from './lib/services/supplier.service';
