export * from './lib/suppliers.routes';
export * from './lib/pickers/cpv-picker';
export * from './lib/pickers/supplier-picker';
export * from './lib/scorecard/supplier-scorecard';
