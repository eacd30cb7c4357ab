import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { askReason, confirm, ConfirmDialogData, ReasonDialogData } from '@bc/web/ui';

/** The questions a page asks before a command; `then` runs once the user agreed. */
export interface Ask {
  /** Asks to confirm; `then` runs when confirmed. */
  confirm(data: ConfirmDialogData, then: () => unknown): void;
  /** Asks for a reason; `then` runs with it (an optional one may be ''), not when cancelled. */
  reason(data: ReasonDialogData, then: (reason: string) => unknown): void;
}

/** The confirm and reason dialogs, each with what follows the answer. Call in an injection context. */
export function injectAsk(): Ask {
  const dialog = inject(MatDialog);
  return {
    confirm: (data, then) => {
      confirm(dialog, data).subscribe((confirmed) => {
        if (confirmed) void then();
      });
    },
    reason: (data, then) => {
      askReason(dialog, data).subscribe((reason) => {
        if (reason === undefined || (!reason && !data.optional)) return;
        void then(reason);
      });
    },
  };
}
