import { computed, inject, Signal } from '@angular/core';
import { Permission } from '@bc/shared/domain';
import { SessionStore } from '@bc/web/data-access';

/** Whether the signed-in user holds `permission`, as it changes. Call in an injection context. */
export function injectCan(permission: Permission): Signal<boolean> {
  const session = inject(SessionStore);
  return computed(() => session.permissions().includes(permission));
}
