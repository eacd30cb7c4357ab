import { ApplicationRef, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { DialogFrame } from './dialog-frame';
import { provideIcons } from './icons';

describe('the dialog frame', () => {
  @Component({
    imports: [DialogFrame],
    template: `
      <form (submit)="$event.preventDefault(); submitted = submitted + 1">
        <bc-dialog-frame heading="Invite a user" titleId="bc-test-title" [error]="error()" [busy]="busy()" submitLabel="Invite">
          <p>The fields</p>
        </bc-dialog-frame>
      </form>
    `,
  })
  class TestDialog {
    submitted = 0;
    readonly error = signal<{ key: string; params: Record<string, unknown> } | null>(null);
    readonly busy = signal(false);
  }

  it('names the dialog by its title, shows an error above the content, submits the form and cancels', async () => {
    TestBed.configureTestingModule({ providers: [provideTranslateService({ lang: 'en' }), provideIcons()] });
    TestBed.inject(TranslateService).setTranslation('en', { common: { cancel: 'Cancel' }, errors: { CONFLICT: 'Already invited' } });
    TestBed.inject(TranslateService).use('en');
    const ref = TestBed.inject(MatDialog).open(TestDialog);
    const close = jest.spyOn(ref, 'close');
    await TestBed.inject(ApplicationRef).whenStable();
    const container = document.querySelector('mat-dialog-container') as HTMLElement;
    const title = container.querySelector('h2');
    expect(title?.textContent?.trim()).toBe('Invite a user');
    expect(title?.id).toBe('bc-test-title');
    expect(container.getAttribute('aria-labelledby')).toBe('bc-test-title');
    expect(container.querySelector('mat-dialog-content p')?.textContent).toBe('The fields');
    expect(container.querySelector('[role=alert]')).toBeNull();
    ref.componentInstance.error.set({ key: 'errors.CONFLICT', params: {} });
    await TestBed.inject(ApplicationRef).whenStable();
    expect(container.querySelector('mat-dialog-content [role=alert]')?.textContent?.trim()).toBe('Already invited');
    const [cancel, submit] = Array.from(container.querySelectorAll<HTMLButtonElement>('mat-dialog-actions button'));
    expect([cancel.textContent?.trim(), submit.textContent?.trim()]).toEqual(['Cancel', 'Invite']);
    submit.click();
    expect(ref.componentInstance.submitted).toBe(1);
    ref.componentInstance.busy.set(true);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(submit.disabled).toBe(true);
    cancel.click();
    expect(close).toHaveBeenCalledWith(undefined);
  });
});
