import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Locale, Permission } from '@bc/shared/domain';
import { RfqFieldsFragment, RfqScoringGQL, RfqScoringQuery, ScoreQuoteGQL, SessionStore } from '@bc/web/data-access';
import { LanguageService, provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { of, throwError } from 'rxjs';
import { RfqScoring } from './rfq-scoring';

type Evaluation = RfqScoringQuery['rfqEvaluation'];
type Criterion = Evaluation['suppliers'][number]['criteria'][number];
type Score = Criterion['scores'][number];

const criteria = [
  { key: 'PRICE', name: 'Price', kind: 'PRICE', weight: 60 },
  { key: 'DELIVERY', name: 'Lead time and terms', kind: 'COMMERCIAL', weight: 20 },
  { key: 'QUALITY', name: 'Technical fit and quality', kind: 'TECHNICAL', weight: 10 },
  { key: 'RELIABILITY', name: 'Supplier reliability', kind: 'RELIABILITY', weight: 10 },
] as Evaluation['criteria'];

const score = (invitationId: string, criterionKey: string, evaluatorId: string, value: number, over: Partial<Score> = {}): Score => ({
  id: `${invitationId}-${criterionKey}-${evaluatorId}`,
  invitationId,
  criterionKey,
  evaluatorId,
  evaluatorName: evaluatorId === 'me' ? 'Sabine Krüger' : 'Markus Schäfer',
  role: 'SPECIFIER',
  score: value,
  comment: `Comment ${value}`,
  counted: true,
  conflictOfInterest: false,
  scoredAt: '2099-01-11T10:00:00Z',
  ...over,
});

const criterion = (key: string, over: Partial<Criterion> = {}): Criterion => {
  const c = criteria.find((x) => x.key === key) ?? criteria[0];
  return { criterionKey: key, name: c.name, kind: c.kind, weight: c.weight, score: null, source: key === 'PRICE' ? 'PRICE' : 'EVALUATORS', mean: null, spread: null, wideSpread: false, scores: [], ...over };
};

const data: RfqScoringQuery = {
  purchaseCase: { id: 'case-1', myRoles: ['SPECIFIER'], conflicts: [{ id: 'c-1', user: { id: 'me' }, supplier: { id: 's-b' } }] },
  rfqEvaluation: {
    rfqId: 'rfq-1',
    reference: 'BC-2026-0001-R1',
    currency: 'EUR',
    missingRates: [],
    rankingComplete: false,
    criteria,
    sensitivity: null,
    suppliers: [
      {
        invitationId: 'inv-a',
        supplierId: 's-a',
        supplierName: 'Alpha GmbH',
        rank: 1,
        total: 80,
        missing: [],
        comparableTotal: '1000.00',
        performanceScore: 70,
        criteria: [
          criterion('PRICE', { score: 100 }),
          criterion('DELIVERY', {
            score: 70,
            mean: 7,
            spread: 4,
            wideSpread: true,
            scores: [score('inv-a', 'DELIVERY', 'b1', 5, { role: 'BUYER' }), score('inv-a', 'DELIVERY', 'b2', 9, { role: 'BUYER', evaluatorName: 'Jana Vogel' })],
          }),
          criterion('QUALITY', {
            score: 80,
            mean: 8,
            spread: 0,
            scores: [
              score('inv-a', 'QUALITY', 'me', 8),
              score('inv-a', 'QUALITY', 'adv', 2, { role: 'ADVISOR', counted: false, evaluatorName: 'Tobias Wagner', comment: 'Doubts about the seals' }),
            ],
          }),
          criterion('RELIABILITY', { score: 70, source: 'PERFORMANCE' }),
        ],
      },
      {
        invitationId: 'inv-b',
        supplierId: 's-b',
        supplierName: 'Beta AG',
        rank: 2,
        total: 50,
        missing: ['QUALITY'],
        comparableTotal: '1200.00',
        performanceScore: null,
        criteria: [criterion('PRICE', { score: 83.33 }), criterion('DELIVERY'), criterion('QUALITY'), criterion('RELIABILITY')],
      },
      {
        invitationId: 'inv-c',
        supplierId: 's-c',
        supplierName: 'Gamma KG',
        rank: 3,
        total: 40,
        missing: ['DELIVERY', 'QUALITY', 'RELIABILITY'],
        comparableTotal: '1500.00',
        performanceScore: null,
        criteria: [criterion('PRICE', { score: 66.67 }), criterion('DELIVERY'), criterion('QUALITY'), criterion('RELIABILITY')],
      },
    ],
  },
} as RfqScoringQuery;

async function render(mutate = jest.fn(), language = Locale.EN) {
  localStorage.clear();
  const fetch = jest.fn().mockReturnValue(of({ data }));
  TestBed.configureTestingModule({
    imports: [RfqScoring],
    providers: [
      provideI18n(),
      provideIcons(),
      { provide: SessionStore, useValue: { permissions: signal([Permission.QUOTE_READ, Permission.QUOTE_SCORE]), user: signal({ id: 'me', name: 'Sabine Krüger' }) } },
      { provide: RfqScoringGQL, useValue: { fetch } },
      { provide: ScoreQuoteGQL, useValue: { mutate } },
    ],
  });
  TestBed.inject(LanguageService).use(language);
  const fixture = TestBed.createComponent(RfqScoring);
  fixture.componentRef.setInput('rfq', { id: 'rfq-1', caseId: 'case-1', currency: 'EUR', quotesOpen: true } as RfqFieldsFragment);
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  fixture.detectChanges();
  return { fixture, element: fixture.nativeElement as HTMLElement, fetch, mutate };
}

const settle = async (fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) => {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  fixture.detectChanges();
};

describe('the RFQ scoring', () => {
  it('opens only the cells the user may score and says why the others are closed', async () => {
    const { element, fetch } = await render();
    expect(fetch).toHaveBeenCalledWith(expect.objectContaining({ variables: { caseId: 'case-1', rfqId: 'rfq-1' } }));
    const grid = element.querySelector('.bc-sc-grid') as HTMLElement;
    // Quality of Alpha and Gamma and Gamma's reliability are open to the specifier; the rest say why not.
    expect(grid.querySelectorAll('form')).toHaveLength(3);
    const role = 'Your roles on this case do not score commercial criteria.';
    const conflict = 'You declared a conflict of interest with this supplier: you take no part in scoring it.';
    const closed = [...grid.querySelectorAll('.bc-sc-closed')].map((c) => c.textContent?.trim());
    expect(closed).toEqual([role, role, role, conflict, 'From the recorded performance (70): no evaluator score is used.', conflict]);
    // My current score is filled in.
    const firstScore = grid.querySelector('input') as HTMLInputElement;
    expect(firstScore.value).toBe('8');
    expect(grid.textContent).toContain('Your current score: 8');
  });

  it('shows every evaluator, advisors apart, the consensus and a wide spread to discuss', async () => {
    const { element } = await render();
    const discuss = element.querySelector('.bc-sc-discuss') as HTMLElement;
    expect(discuss.textContent).toContain('Alpha GmbH');
    expect(discuss.textContent).toContain('Discuss: scores 4 points apart');
    expect(discuss.textContent).toContain('7 / 10 → 70 points');
    const apart = element.querySelector('.bc-sc-scores--apart') as HTMLElement;
    expect(apart.textContent).toContain('Tobias Wagner');
    expect(apart.textContent).toContain('advisor');
    expect(apart.textContent).toContain('Doubts about the seals');
    expect(element.textContent).toContain('From recorded performance: 70 points');
  });

  it('checks a score first, then shows the field the API names', async () => {
    const mutate = jest
      .fn()
      .mockReturnValueOnce(throwError(() => ({ code: 'VALIDATION_FAILED', message: 'bad', field: 'comment' })))
      .mockReturnValueOnce(of({ data: { scoreQuote: score('inv-c', 'RELIABILITY', 'me', 6) } }));
    const { fixture, element, fetch } = await render(mutate);
    const form = element.querySelectorAll('.bc-sc-grid form')[2] as HTMLFormElement;
    form.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(mutate).not.toHaveBeenCalled();
    expect([...form.querySelectorAll('[role="alert"]')].map((a) => a.textContent?.trim())).toEqual([
      'Enter a score from 0 to 10.',
      'A comment explains the score: write at least a few words.',
    ]);

    const [scoreInput, comment] = [form.querySelector('input') as HTMLInputElement, form.querySelector('textarea') as HTMLTextAreaElement];
    scoreInput.value = '6';
    scoreInput.dispatchEvent(new Event('input'));
    comment.value = 'No history; references are good';
    comment.dispatchEvent(new Event('input'));
    form.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(mutate).toHaveBeenLastCalledWith({
      variables: { rfqId: 'rfq-1', invitationId: 'inv-c', criterionKey: 'RELIABILITY', score: 6, comment: 'No history; references are good' },
    });
    expect(form.querySelector('[role="alert"]')?.textContent).toContain('A comment of 1 to 2000 characters explains the score.');

    form.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(mutate).toHaveBeenCalledTimes(2);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('counts the comment against its limit as the evaluator types, and marks it once over', async () => {
    const { fixture, element } = await render();
    const form = element.querySelectorAll('.bc-sc-grid form')[2] as HTMLFormElement;
    const counter = () => form.querySelector('bc-char-count') as HTMLElement;
    expect(counter().textContent?.trim()).toBe('0 / 2000');
    const comment = form.querySelector('textarea') as HTMLTextAreaElement;
    comment.value = 'No history; references are good';
    comment.dispatchEvent(new Event('input'));
    await settle(fixture);
    expect(counter().textContent?.trim()).toBe('31 / 2000');
    expect(counter().classList).not.toContain('bc-char-count--over');
    comment.value = 'x'.repeat(2001);
    comment.dispatchEvent(new Event('input'));
    await settle(fixture);
    expect(counter().textContent?.trim()).toBe('2001 / 2000');
    expect(counter().classList).toContain('bc-char-count--over');
    // My earlier comment is counted as it stands.
    expect((element.querySelector('.bc-sc-grid form bc-char-count') as HTMLElement).textContent?.trim()).toMatch(/^\d+ \/ 2000$/);
  });

  it('speaks German', async () => {
    const { element } = await render(jest.fn(), Locale.DE);
    expect(element.querySelector('h2')?.textContent).toBe('Meine Bewertung');
    expect(element.textContent).toContain('Bewertungen aller Bewerter');
    expect(element.textContent).toContain('Besprechen: Bewertungen 4 Punkte auseinander');
  });
});
