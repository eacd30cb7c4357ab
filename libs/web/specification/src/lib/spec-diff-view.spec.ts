import { TestBed } from '@angular/core/testing';
import { RequirementKind } from '@bc/shared/domain';
import { provideI18n } from '@bc/web/i18n';
import { SpecDiff, SpecDiffView } from './spec-diff-view';

const line = (key: string, description: string, quantity: string, attributes: { name: string; value: string }[] = []) => ({
  key,
  description,
  quantity,
  unit: 'pcs',
  attributes,
});

async function render(diff: SpecDiff): Promise<HTMLElement> {
  localStorage.clear();
  TestBed.configureTestingModule({ imports: [SpecDiffView], providers: [provideI18n()] });
  const fixture = TestBed.createComponent(SpecDiffView);
  fixture.componentRef.setInput('diff', diff);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('the difference between two specification versions', () => {
  it('marks added, removed and changed lines, and shows each changed field before and after', async () => {
    const element = await render({
      lines: [
        {
          change: 'CHANGED',
          key: 'a',
          fields: ['quantity', 'attributes'],
          before: line('a', 'Hydraulic press', '1.000', [{ name: 'Force', value: '200 t' }]),
          after: line('a', 'Hydraulic press', '2.000', [{ name: 'Force', value: '250 t' }]),
        },
        { change: 'ADDED', key: 'b', fields: [], before: null, after: line('b', 'Spare parts', '1') },
        { change: 'REMOVED', key: 'c', fields: [], before: line('c', 'Training', '3'), after: null },
      ],
      requirements: [
        {
          change: 'CHANGED',
          key: 'r',
          fields: ['kind'],
          before: { key: 'r', text: 'CE marking', kind: RequirementKind.NICE_TO_HAVE, weight: 10 },
          after: { key: 'r', text: 'CE marking', kind: RequirementKind.MUST_HAVE, weight: null },
        },
      ],
      attachments: [{ change: 'ADDED', file: { id: 'f', name: 'drawing.pdf' } }],
    });

    const changes = Array.from(element.querySelectorAll('.bc-change'));
    expect(changes.map((c) => c.className.match(/bc-change--(\w+)/)?.[1])).toEqual(['CHANGED', 'ADDED', 'REMOVED', 'CHANGED', 'ADDED']);
    expect(changes.map((c) => c.querySelector('.bc-change__kind')?.textContent?.trim())).toEqual([
      'Changed',
      'Added',
      'Removed',
      'Changed',
      'Added',
    ]);

    const changedLine = changes[0];
    expect(Array.from(changedLine.querySelectorAll('dt')).map((dt) => dt.textContent?.trim())).toEqual(['Quantity', 'Attributes']);
    expect(Array.from(changedLine.querySelectorAll('del')).map((d) => d.textContent?.trim())).toEqual(['1', 'Force: 200 t']);
    expect(Array.from(changedLine.querySelectorAll('ins')).map((d) => d.textContent?.trim())).toEqual(['2', 'Force: 250 t']);

    expect(changes[1].querySelector('ins')?.textContent).toContain('Spare parts');
    expect(changes[2].querySelector('del')?.textContent).toContain('Training');
    // A requirement's kind shows by its translated name.
    expect(changes[3].querySelector('del')?.textContent?.trim()).toBe('Nice-to-have');
    expect(changes[3].querySelector('ins')?.textContent?.trim()).toBe('Must-have');
    expect(changes[4].textContent).toContain('drawing.pdf');
  });

  it('says so when the versions do not differ', async () => {
    const element = await render({ lines: [], requirements: [], attachments: [] });
    expect(element.textContent).toContain('The two versions do not differ.');
    expect(element.querySelectorAll('.bc-change')).toHaveLength(0);
  });
});
