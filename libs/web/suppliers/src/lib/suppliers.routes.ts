import { Route } from '@angular/router';
import { Permission } from '@bc/shared/domain';
import { permissionGuard } from '@bc/web/data-access';

/** Under `/suppliers` (the app checks SUPPLIER_READ for all of them). */
export const SUPPLIER_ROUTES: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.suppliers',
    loadComponent: () => import('./directory/supplier-directory.page').then((m) => m.SupplierDirectoryPage),
  },
  {
    path: 'import',
    title: 'titles.supplierImport',
    canActivate: [permissionGuard(Permission.SUPPLIER_MANAGE)],
    loadComponent: () => import('./import/supplier-import.page').then((m) => m.SupplierImportPage),
  },
  {
    path: ':id',
    title: 'titles.supplier',
    loadComponent: () => import('./supplier/supplier.page').then((m) => m.SupplierPage),
  },
];
