import { Route } from '@angular/router';
import { Permission } from '@bc/shared/domain';
import { appPageGuard, authGuard, guestGuard, landingGuard, permissionGuard, WORKSPACE_PATH } from '@bc/web/data-access/session';

/**
 * Every page is loaded lazily from its library. Route titles are translation keys
 * (see TranslatedTitleStrategy in @bc/web/i18n).
 */
export const appRoutes: Route[] = [
  {
    path: 'sign-in',
    title: 'titles.signIn',
    canActivate: [guestGuard],
    loadComponent: () => import('@bc/web/identity').then((m) => m.SignInPage),
  },
  {
    path: 'invite/:token',
    title: 'titles.invite',
    loadComponent: () => import('@bc/web/identity').then((m) => m.AcceptInvitationPage),
  },
  {
    path: 'portal/register/:token',
    title: 'portalRegistration.pageTitle',
    loadComponent: () => import('@bc/web/portal').then((m) => m.SupplierRegistrationPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('@bc/web/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', canActivate: [landingGuard], children: [] },
      {
        path: 'tasks',
        title: 'titles.tasks',
        loadComponent: () => import('@bc/web/tasks').then((m) => m.TasksPage),
      },
      {
        path: 'workspace',
        title: 'titles.workspace',
        canActivate: [appPageGuard(WORKSPACE_PATH)],
        loadComponent: () => import('@bc/web/cases').then((m) => m.CasesPage),
      },
      {
        path: 'cases',
        canActivate: [permissionGuard(Permission.WORKSPACE_USE)],
        loadChildren: () => import('@bc/web/cases').then((m) => m.CASE_ROUTES),
      },
      {
        path: 'needs',
        canActivate: [permissionGuard(Permission.WORKSPACE_USE)],
        loadChildren: () => import('@bc/web/needs').then((m) => m.NEED_ROUTES),
      },
      {
        path: 'suppliers',
        canActivate: [permissionGuard(Permission.SUPPLIER_READ)],
        loadChildren: () => import('@bc/web/suppliers').then((m) => m.SUPPLIER_ROUTES),
      },
      {
        path: 'inbox',
        title: 'titles.inbox',
        canActivate: [permissionGuard(Permission.DECIDER_INBOX_USE)],
        loadComponent: () => import('@bc/web/inbox').then((m) => m.InboxPage),
      },
      {
        path: 'portal',
        title: 'titles.portal',
        canActivate: [permissionGuard(Permission.SUPPLIER_PORTAL_USE)],
        loadComponent: () => import('@bc/web/portal').then((m) => m.PortalPage),
      },
      {
        path: 'colleagues',
        title: 'titles.colleagues',
        canActivate: [permissionGuard(Permission.SUPPLIER_COLLEAGUES_MANAGE)],
        loadComponent: () => import('@bc/web/portal').then((m) => m.ColleaguesPage),
      },
      {
        path: 'scorecards',
        title: 'titles.scorecards',
        canActivate: [permissionGuard(Permission.SUPPLIER_PORTAL_USE)],
        loadComponent: () => import('@bc/web/portal').then((m) => m.PortalScorecardsPage),
      },
      {
        path: 'portal/auctions/:id',
        title: 'titles.portalAuction',
        canActivate: [permissionGuard(Permission.SUPPLIER_PORTAL_USE)],
        loadComponent: () => import('@bc/web/portal').then((m) => m.PortalAuctionPage),
      },
      {
        path: 'portal/rfqs/:id',
        title: 'portalRfq.pageTitle',
        canActivate: [permissionGuard(Permission.SUPPLIER_PORTAL_USE)],
        loadComponent: () => import('@bc/web/portal').then((m) => m.PortalRfqPage),
      },
      {
        path: 'analytics',
        title: 'titles.analytics',
        canActivate: [permissionGuard(Permission.ANALYTICS_READ)],
        loadComponent: () => import('@bc/web/analytics').then((m) => m.AnalyticsPage),
      },
      {
        path: 'admin/users',
        title: 'titles.users',
        canActivate: [permissionGuard(Permission.USER_MANAGE)],
        loadComponent: () => import('@bc/web/admin').then((m) => m.UsersPage),
      },
      {
        path: 'admin/policy',
        title: 'titles.policy',
        canActivate: [permissionGuard(Permission.ORGANIZATION_MANAGE)],
        loadComponent: () => import('@bc/web/admin').then((m) => m.PolicyPage),
      },
      {
        path: 'admin/audit',
        title: 'titles.audit',
        canActivate: [permissionGuard(Permission.AUDIT_READ)],
        loadComponent: () => import('@bc/web/admin').then((m) => m.AuditPage),
      },
      {
        path: 'admin/mail',
        title: 'titles.mail',
        canActivate: [permissionGuard(Permission.MAIL_OUTBOX_READ)],
        loadComponent: () => import('@bc/web/admin').then((m) => m.MailPage),
      },
      {
        path: 'profile',
        title: 'titles.profile',
        loadComponent: () => import('@bc/web/identity').then((m) => m.ProfilePage),
      },
      {
        path: '**',
        title: 'titles.notFound',
        loadComponent: () => import('@bc/web/shell').then((m) => m.NotFoundPage),
      },
    ],
  },
];
