import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Permission } from '@bc/shared/domain';
import { APP_PAGES, landingPathFor, mayUse, SIGN_IN_PATH } from './app-pages';
import { SessionStore } from './session.store';

/** Signed-in users pass; others go to sign-in and come back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const me = await inject(SessionStore).ensureLoaded();
  return me ? true : router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
};

/** Users holding `permission` pass; others are sent to the page they may use. */
export function permissionGuard(permission: Permission): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const me = await inject(SessionStore).ensureLoaded();
    if (!me) {
      return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
    }
    return me.permissions.includes(permission) ? true : router.parseUrl(landingPathFor(me.permissions));
  };
}

/**
 * A page of the navigation (APP_PAGES, by path): users who may use it pass; others are sent to
 * the page they start on (a requester opening the case board goes to their needs).
 */
export function appPageGuard(path: string): CanActivateFn {
  const page = APP_PAGES.find((p) => p.path === path);
  if (!page) throw new Error(`${path} is not a page of APP_PAGES`);
  return async (_route, state) => {
    const router = inject(Router);
    const me = await inject(SessionStore).ensureLoaded();
    if (!me) {
      return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
    }
    return mayUse(page, me.permissions) ? true : router.parseUrl(landingPathFor(me.permissions));
  };
}

/** `/`: the first page the user may use. */
export const landingGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const me = await inject(SessionStore).ensureLoaded();
  return me
    ? router.parseUrl(landingPathFor(me.permissions))
    : router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
};

/** Sign-in is for signed-out users; a signed-in user goes where they were heading. */
export const guestGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  const me = await inject(SessionStore).ensureLoaded();
  if (!me) {
    return true;
  }
  return router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl')) ?? landingPathFor(me.permissions));
};

/** Only paths inside this app: a returnUrl must not send a user to another site. */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  return value.startsWith(SIGN_IN_PATH) ? null : value;
}
