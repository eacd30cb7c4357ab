import { DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl } from '@angular/forms';
import { debounceTime, distinctUntilChanged, filter, switchMap } from 'rxjs';

/**
 * What an autocomplete field offers as one types: once typing pauses, the answers of `search` for
 * the trimmed text, or `null` while it is shorter than `min` characters (the search would not say
 * anything yet). A failed search offers nothing; `failed` hears why. Picking an option (a value
 * that is not text) searches nothing. Call in an injection context: it ends with the component.
 */
export function offerAsTyped<T>(
  text: AbstractControl<unknown>,
  search: (term: string) => Promise<T[]>,
  show: (options: T[] | null) => void,
  { min = 2, failed = () => undefined }: { min?: number; failed?: (error: unknown) => void } = {},
): void {
  text.valueChanges
    .pipe(
      filter((v): v is string => typeof v === 'string'),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap(async (typed) => {
        const term = typed.trim();
        if (term.length < min) return null;
        try {
          return await search(term);
        } catch (error) {
          failed(error);
          return [];
        }
      }),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe(show);
}
