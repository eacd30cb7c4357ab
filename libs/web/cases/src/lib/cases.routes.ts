import { Route } from '@angular/router';

/** Under `/cases`: the case page here; the specification and the RFQ are features of their own, loaded when opened. */
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
    loadComponent: () => import('@bc/web/specification').then((m) => m.SpecificationPage),
  },
  {
    path: ':id/rfq',
    title: 'titles.rfq',
    loadComponent: () => import('@bc/web/rfq').then((m) => m.RfqPage),
  },
  {
    path: ':id/rfq/auctions/:auctionId',
    title: 'titles.auction',
    loadComponent: () => import('@bc/web/rfq').then((m) => m.AuctionPage),
  },
];
