import { Route } from '@angular/router';

/** Under `/cases`. */
export const CASE_ROUTES: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: '/workspace' },
  {
    path: ':id',
    title: 'titles.case',
    loadComponent: () => import('./case/case.page').then((m) => m.CasePage),
  },
  {
    path: ':id/specification',
    title: 'titles.specification',
    loadComponent: () => import('./specification/specification.page').then((m) => m.SpecificationPage),
  },
  {
    path: ':id/rfq',
    title: 'titles.rfq',
    loadComponent: () => import('./rfq/rfq.page').then((m) => m.RfqPage),
  },
];
