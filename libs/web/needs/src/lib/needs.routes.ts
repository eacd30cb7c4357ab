import { Route } from '@angular/router';
import { Permission } from '@bc/shared/domain';
import { permissionGuard } from '@bc/web/data-access';

/** Under `/needs`. */
export const NEED_ROUTES: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'mine' },
  {
    path: 'mine',
    title: 'titles.myNeeds',
    canActivate: [permissionGuard(Permission.NEED_RAISE)],
    loadComponent: () => import('./mine/my-needs.page').then((m) => m.MyNeedsPage),
  },
  {
    path: 'new',
    title: 'titles.raiseNeed',
    canActivate: [permissionGuard(Permission.NEED_RAISE)],
    loadComponent: () => import('./raise/raise-need.page').then((m) => m.RaiseNeedPage),
  },
  {
    path: 'incoming',
    title: 'titles.incomingNeeds',
    canActivate: [permissionGuard(Permission.NEED_TRIAGE)],
    loadComponent: () => import('./incoming/incoming-needs.page').then((m) => m.IncomingNeedsPage),
  },
];
