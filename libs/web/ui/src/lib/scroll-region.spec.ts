import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ScrollRegion } from './scroll-region';

@Component({
  imports: [ScrollRegion],
  template: `
    <h2 id="lines-heading">Lines</h2>
    <div class="bc-table-wrap" data-test="labelled">
      <table aria-labelledby="lines-heading"></table>
    </div>
    <div class="bc-table-wrap" data-test="caption">
      <table>
        <caption>Requirements</caption>
      </table>
    </div>
    <div class="bc-table-wrap" data-test="late">
      @if (shown()) {
        <table aria-label="Bids"></table>
      }
    </div>
    <div [bcScrollRegion]="'The board'" data-test="named"><a href="/">a card</a></div>
  `,
})
class Host {
  readonly shown = signal(false);
}

describe('a scrolling region', () => {
  it('takes keyboard focus and is a region named like its table, or by the name given', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const region = (name: string) => {
      const found = element.querySelector<HTMLElement>(`[data-test="${name}"]`);
      if (!found) throw new Error(`No region ${name}`);
      return found;
    };
    const nameOf = (name: string) =>
      region(name).getAttribute('aria-label') ??
      (region(name).getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => element.querySelector(`#${id}`)?.getAttribute('aria-label') ?? element.querySelector(`#${id}`)?.textContent?.trim())
        .join(' ');

    for (const name of ['labelled', 'caption', 'late', 'named']) expect(region(name).tabIndex).toBe(0);
    expect(region('labelled').getAttribute('role')).toBe('region');
    expect(nameOf('labelled')).toBe('Lines');
    expect(nameOf('caption')).toBe('Requirements');
    expect(nameOf('named')).toBe('The board');
    // No table yet, no name: no unnamed region.
    expect(region('late').getAttribute('role')).toBeNull();

    fixture.componentInstance.shown.set(true);
    await fixture.whenStable();
    expect(region('late').getAttribute('role')).toBe('region');
    expect(nameOf('late')).toBe('Bids');
  });
});
