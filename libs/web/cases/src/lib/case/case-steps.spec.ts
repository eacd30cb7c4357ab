import { TestBed } from '@angular/core/testing';
import { CaseStage, Locale, TransitionBlocker } from '@bc/shared/domain';
import { LanguageService, provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { blockerKeys, CaseSteps, forwardSteps, NextStep, stepState } from './case-steps';

const steps: NextStep[] = [
  { to: CaseStage.CANCELLED, blockers: [TransitionBlocker.REASON_REQUIRED], needsReason: true, via: null },
  {
    to: CaseStage.SPECIFICATION,
    blockers: [TransitionBlocker.CATEGORY_MISSING, TransitionBlocker.NO_SPECIFIER_ON_TEAM],
    needsReason: false,
  },
];

async function render(stage: CaseStage, nextSteps: NextStep[], language = Locale.EN): Promise<HTMLElement> {
  localStorage.clear();
  TestBed.configureTestingModule({ imports: [CaseSteps], providers: [provideI18n(), provideIcons()] });
  TestBed.inject(LanguageService).use(language);
  const fixture = TestBed.createComponent(CaseSteps);
  fixture.componentRef.setInput('stage', stage);
  fixture.componentRef.setInput('nextSteps', nextSteps);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('the steps of a case', () => {
  it('shows what is done, where the case stands and, under the next step, what blocks it in words', async () => {
    const element = await render(CaseStage.NEED, steps);
    const items = Array.from(element.querySelectorAll('li.bc-step'));
    expect(items[0].getAttribute('aria-current')).toBe('step');
    expect(items[0].textContent).toContain('Need');
    const next = items[1];
    expect(next.textContent).toContain('Specification');
    expect(Array.from(next.querySelectorAll('.bc-step__blockers li')).map((li) => li.textContent?.trim())).toEqual([
      'The case needs a CPV category.',
      'Someone with the specifier role must be on the team.',
    ]);
    // Cancelling is an action, not a step; its "reason required" is asked for, not listed.
    expect(element.textContent).not.toContain('A reason must be given.');
  });

  it('translates the blockers into German', async () => {
    const element = await render(CaseStage.NEED, steps, Locale.DE);
    expect(element.textContent).toContain('Der Vorgang braucht eine CPV-Kategorie.');
    expect(element.textContent).toContain('Jemand mit der Rolle Spezifizierer muss im Team sein.');
  });

  it('says a step is ready when nothing blocks it', async () => {
    const element = await render(CaseStage.SPECIFICATION, [{ to: CaseStage.SOURCING, blockers: [], needsReason: false, via: null }]);
    expect(element.textContent).toContain('Ready: the case can move here.');
    expect(stepState(CaseStage.NEED, CaseStage.SPECIFICATION)).toBe('done');
    expect(stepState(CaseStage.RFQ, CaseStage.SPECIFICATION)).toBe('upcoming');
    expect(stepState(CaseStage.AWARDED, CaseStage.AWARDED)).toBe('done');
  });

  it('counts only forward moves as next steps, and a missing reason as no blocker', () => {
    const back = { to: CaseStage.SPECIFICATION, blockers: [TransitionBlocker.REASON_REQUIRED], needsReason: true, via: null };
    const rfq = { to: CaseStage.RFQ, blockers: [TransitionBlocker.SHORTLIST_NOT_APPROVED], needsReason: false, via: null };
    expect(forwardSteps(CaseStage.SOURCING, [back, rfq]).map((s) => s.to)).toEqual([CaseStage.RFQ]);
    expect(blockerKeys(back)).toEqual([]);
    expect(blockerKeys(rfq)).toEqual(['blockers.SHORTLIST_NOT_APPROVED']);
  });
});
