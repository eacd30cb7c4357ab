import { WritableSignal } from '@angular/core';
import { AppError, toAppError } from '../errors/app-error';

/**
 * Runs an action on a row of a list (withdraw, decline, retry…): the list's last error is cleared
 * first, and a failure shows in the list's own banner. True when the action succeeded.
 */
export async function runOnRow(list: { error: WritableSignal<AppError | null> }, action: () => Promise<unknown>): Promise<boolean> {
  list.error.set(null);
  try {
    await action();
    return true;
  } catch (error) {
    list.error.set(toAppError(error));
    return false;
  }
}
