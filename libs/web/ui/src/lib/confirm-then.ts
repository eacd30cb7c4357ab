import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { confirm, ConfirmDialogData } from './confirm-dialog';

/** Asks a yes/no question, then runs `act` only when the user confirmed. */
export type ConfirmThen = (question: ConfirmDialogData, act: () => Promise<unknown> | void) => void;

/** The confirm-then-act every list page's row action takes. Call in an injection context. */
export function injectConfirmThen(): ConfirmThen {
  const dialog = inject(MatDialog);
  return (question, act) =>
    confirm(dialog, question).subscribe((confirmed) => {
      if (confirmed) void act();
    });
}

/**
 * The question before disabling or enabling an account, in a page's own words:
 * `<keys>.disableTitle`, `<keys>.disableText`, `<keys>.disableConfirm` (or the `enable…` ones).
 */
export function accountQuestion(keys: string, disable: boolean, params: Record<string, unknown>): ConfirmDialogData {
  const verb = disable ? 'disable' : 'enable';
  return { title: `${keys}.${verb}Title`, message: `${keys}.${verb}Text`, confirm: `${keys}.${verb}Confirm`, params, destructive: disable };
}
