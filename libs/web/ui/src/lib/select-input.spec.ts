import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, Validators } from '@angular/forms';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { SelectInput } from './select-input';

describe('the select input', () => {
  @Component({
    imports: [SelectInput],
    template: `
      <bc-select-input [control]="kind" label="Kind" [options]="kinds" optionKey="kind." anyLabel="Any" hint="Pick one" required />
    `,
  })
  class Host {
    readonly kinds = ['A', 'B'];
    readonly kind = new FormControl('', { nonNullable: true, validators: Validators.required });
  }

  it('offers "any" and each code by its translation, and sets the control to the chosen code', async () => {
    TestBed.configureTestingModule({ imports: [Host], providers: [provideTranslateService({ lang: 'en' })] });
    TestBed.inject(TranslateService).setTranslation('en', { kind: { A: 'Apples', B: 'Bananas' } });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const select = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness);
    await select.open();
    const options = await select.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual(['Any', 'Apples', 'Bananas']);
    await options[2].click();
    expect(fixture.componentInstance.kind.value).toBe('B');
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('mat-label')?.textContent).toBe('Kind');
    expect(element.querySelector('mat-hint')?.textContent).toBe('Pick one');
    expect(await select.isRequired()).toBe(true);
  });
});
