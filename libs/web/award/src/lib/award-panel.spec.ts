import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CaseStage, Locale, Permission } from '@bc/shared/domain';
import { AwardDeliveriesGQL, AwardProposalsGQL, CaseAwardFieldsFragment, RfqFieldsFragment, SessionStore, WithdrawAwardProposalGQL } from '@bc/web/data-access';
import { LanguageService, provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { of } from 'rxjs';
import { AwardPanel } from './award-panel';

const approval = (over: Partial<CaseAwardFieldsFragment['approvals'][number]>) => ({
  id: 'ap-1',
  approverName: 'Sabine Krüger',
  role: 'DECIDER',
  decision: 'APPROVED',
  comment: null,
  decidedAt: '2099-01-12T10:00:00Z',
  ...over,
});

const proposal = (over: Partial<CaseAwardFieldsFragment>): CaseAwardFieldsFragment =>
  ({
    id: 'p-1',
    caseId: 'case-1',
    caseReference: 'PC-2099-0001',
    caseTitle: 'Hoses',
    rfqId: 'rfq-1',
    rfqReference: 'PC-2099-0001-R1',
    version: 1,
    status: 'PENDING',
    currency: 'EUR',
    totalValue: '5732.00',
    justification: null,
    followsRanking: true,
    topRankedSupplierName: 'Hanse',
    importance: 'ROUTINE',
    approvalMode: 'SEQUENTIAL',
    lines: [
      {
        lineKey: 'L1',
        position: 1,
        description: 'Hose',
        invitationId: 'inv-a',
        supplierId: 's-a',
        supplierName: 'Hanse',
        quantity: '40',
        unitPrice: '96.5',
        total: '3860.00',
      },
    ],
    supplierTotals: [{ invitationId: 'inv-a', supplierId: 's-a', supplierName: 'Hanse', total: '5732.00', lines: 1 }],
    steps: [
      { index: 0, role: 'DECIDER', open: true, approval: null },
      { index: 1, role: 'DECIDER', open: false, approval: null },
    ],
    approvals: [],
    proposedByName: 'Markus Schäfer',
    proposedAt: '2099-01-11T10:00:00Z',
    decidedAt: null,
    decisionReason: null,
    ranking: [],
    firstBestTotal: '5930.00',
    savings: '198.00',
    savingsPercent: 3.3,
    canDecide: false,
    cannotDecideReason: null,
    ...over,
  }) as CaseAwardFieldsFragment;

async function render(proposals: CaseAwardFieldsFragment[], permissions: Permission[], stage = CaseStage.DECISION, language = Locale.EN) {
  localStorage.clear();
  const fetch = jest.fn().mockReturnValue(of({ data: { awardProposals: proposals } }));
  const deliveries = jest.fn().mockReturnValue(of({ data: { awardDeliveries: [] } }));
  TestBed.configureTestingModule({
    imports: [AwardPanel],
    providers: [
      provideI18n(),
      provideIcons(),
      { provide: SessionStore, useValue: { permissions: signal(permissions), user: signal({ name: 'Markus Schäfer' }) } },
      { provide: AwardProposalsGQL, useValue: { fetch } },
      { provide: AwardDeliveriesGQL, useValue: { fetch: deliveries } },
      { provide: WithdrawAwardProposalGQL, useValue: { mutate: jest.fn() } },
    ],
  });
  TestBed.inject(LanguageService).use(language);
  const fixture = TestBed.createComponent(AwardPanel);
  fixture.componentRef.setInput('rfq', { id: 'rfq-1', caseId: 'case-1', currency: 'EUR', quotesOpen: true } as RfqFieldsFragment);
  fixture.componentRef.setInput('stage', stage);
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const buttons = () => Array.from(element.querySelectorAll('button')).map((b) => b.textContent?.trim() ?? '');
  return { element, fetch, deliveries, buttons };
}

describe('the award panel', () => {
  it('shows the pending proposal with its open step, and lets the buyer propose anew or withdraw', async () => {
    const { element, fetch, buttons } = await render([proposal({})], [Permission.AWARD_READ, Permission.AWARD_PROPOSE]);
    expect(fetch).toHaveBeenCalledWith(expect.objectContaining({ variables: { caseId: 'case-1' } }));
    expect(element.textContent).toContain('Waiting for approval');
    expect(element.textContent).toContain('Step 1 · Decider');
    expect(element.querySelector('.bc-award-route--open')?.textContent).toContain('Step 1');
    expect(element.textContent).toContain('€198.00 (3.3 %)');
    expect(buttons()).toEqual(['Propose a new version', 'Withdraw']);
  });

  it('shows a rejection’s reason first, keeps earlier versions, and offers nothing to those who do not propose', async () => {
    const rejected = proposal({
      id: 'p-2',
      version: 2,
      status: 'REJECTED',
      decisionReason: 'Split line 2.',
      followsRanking: false,
      justification: 'Faster delivery.',
      approvals: [approval({ decision: 'REJECTED', comment: 'Split line 2.' })],
      steps: [{ index: 0, role: 'DECIDER', open: false, approval: approval({ decision: 'REJECTED', comment: 'Split line 2.' }) }],
    } as Partial<CaseAwardFieldsFragment>);
    const { element, buttons } = await render([rejected, proposal({ status: 'SUPERSEDED' } as Partial<CaseAwardFieldsFragment>)], [Permission.AWARD_READ]);
    expect(element.querySelector('.bc-award-rejected')?.textContent).toContain('Rejected: Split line 2.');
    expect(element.textContent).toContain('Does not follow the ranking (first place: Hanse)');
    expect(element.textContent).toContain('Earlier versions');
    expect(element.textContent).toContain('Superseded');
    expect(buttons()).toEqual([]);
    expect(element.textContent).toContain('The buyer proposes the award');
  });

  it('shows the award and its deliveries once awarded, in German', async () => {
    const approved = proposal({ status: 'APPROVED', decidedAt: '2099-01-12T10:00:00Z' } as Partial<CaseAwardFieldsFragment>);
    const { element, deliveries, buttons } = await render(
      [approved],
      [Permission.AWARD_READ, Permission.AWARD_PROPOSE, Permission.PERFORMANCE_RECORD],
      CaseStage.AWARDED,
      Locale.DE,
    );
    expect(deliveries).toHaveBeenCalledWith(expect.objectContaining({ variables: { proposalId: 'p-1' } }));
    expect(element.querySelector('h2')?.textContent).toBe('Zuschlag');
    expect(element.textContent).toContain('Freigegeben');
    expect(element.textContent).toContain('Noch keine Lieferung erfasst.');
    expect(element.querySelector('a[href="/api/cases/case-1/decision-record.pdf"]')?.textContent).toContain('Vergabevermerk (PDF)');
    expect(buttons()).toEqual(['Lieferung erfassen']);
  });

  it('stays empty without the right to read awards', async () => {
    const { element, fetch } = await render([proposal({})], [Permission.QUOTE_READ]);
    expect(fetch).not.toHaveBeenCalled();
    expect(element.querySelector('section')).toBeNull();
  });
});
