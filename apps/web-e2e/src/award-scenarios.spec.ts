import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO, expectAccessible, graphql, launchBrowser, newPage, openAndSignIn, openFromNav, expectH1, expectPath, scenario, screenshot, signOut, switchLanguage } from './support/e2e';
import { dialogTitled, confirmDialog } from './support/rfq-e2e';
import { expectStage, giveReason } from './support/award-e2e';

/*
 * Award scenarios (issue 16) on the showcase's "Gear parts for the GX gearbox series" case
 * (EVALUATION, eight quotes on thirteen lines). The buyer opens the scenarios on the RFQ page: the
 * built-in ones are there (best price per line, single supplier). The buyer builds "At most 3
 * suppliers" and "Reliable, must-haves met" (reliability at least 70, every must-have met); each is
 * solved as it is saved and shows beside the built-ins, with its total, savings, shares and the
 * price of each rule. Screenshots in English and German at 1280 px and on a 390 px phone (stacked
 * cards, no sideways scroll), axe on the panel. The buyer edits "At most 3 suppliers": a lot of two
 * lines and each supplier at least 20 % of its quantity; it is solved again. The buyer skips the negotiation (the award is
 * proposed in DECISION), proposes a scenario that splits the award between suppliers, with a
 * justification; the decider finds it in the inbox as a split award.
 */

const CASE_TITLE = 'Gear parts for the GX gearbox series, 2027 demand';
const MAX_THREE = 'At most 3 suppliers';
const RELIABLE = 'Reliable, must-haves met';
const POLICY_QUERY = '{ approvalPolicy { mode tiers { upTo deciders gatekeeper } byImportance { importance deciders gatekeeper } } }';
const POLICY_MUTATION = 'mutation ($input: ApprovalPolicyInput!) { updateApprovalPolicy(input: $input) { updatedAt } }';
type Policy = { mode: string; tiers: unknown[]; byImportance: unknown[] };

describe('award scenarios: the buyer compares scenarios side by side and proposes a split award', () => {
  let browser: Browser;
  let caseId = '';
  let caseRef = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The page fits the phone's width, and the scenario cards are stacked (their list does not scroll sideways). The RFQ's wide tables scroll inside their own frames, as on every RFQ page. */
  async function expectStacked(page: Page, where: string): Promise<void> {
    const { page: pageWidth, list, width } = await page.evaluate(() => {
      const l = document.querySelector<HTMLElement>('.bc-scenarios');
      return { page: document.documentElement.scrollWidth, list: l ? l.scrollWidth - l.clientWidth : -1, width: window.innerWidth };
    });
    if (pageWidth > width) throw new Error(`${where} scrolls sideways at ${width} px: the page is ${pageWidth} px wide`);
    if (list !== 0) throw new Error(`${where}: the scenario cards are not stacked at ${width} px (overflow ${list} px)`);
  }

  function panelOf(page: Page): Locator {
    return page.getByRole('region', { name: /^(Award scenarios|Vergabeszenarien)$/ });
  }

  function column(page: Page, name: string): Locator {
    return panelOf(page).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  async function createScenario(page: Page, name: string, fill: (dialog: Locator) => Promise<void>): Promise<void> {
    await panelOf(page).getByRole('button', { name: 'New scenario', exact: true }).click();
    const dialog = await dialogTitled(page, 'New award scenario');
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await fill(dialog);
    await confirmDialog(dialog, 'Save and solve');
    await column(page, name).getByText('Optimal', { exact: true }).waitFor();
  }

  it('the buyer builds two scenarios and sees them beside the built-in ones', async () => {
    await scenario(browser, 'scenarios-compare', async (page) => {
      await openAndSignIn(page, DEMO.buyer);
      await openFromNav(page, 'Buyer workspace');
      const found = await graphql<{ purchaseCases: { items: { id: string; title: string; reference: string }[] } }>(
        page,
        'query ($filter: PurchaseCaseFilter) { purchaseCases(filter: $filter) { items { id title reference } } }',
        { filter: { search: 'GX gearbox' } },
      );
      const c = found.purchaseCases.items.find((x) => x.title === CASE_TITLE);
      if (!c) throw new Error(`The showcase case "${CASE_TITLE}" is missing: ${JSON.stringify(found)}`);
      caseId = c.id;
      caseRef = c.reference;

      await page.goto(`/cases/${caseId}/rfq`);
      await expectStage(page, 'Evaluation');
      const panel = panelOf(page);
      await column(page, 'Best price per line').getByText('Optimal', { exact: true }).waitFor();
      await column(page, 'Single supplier').waitFor();
      await panel.getByText(/^Scenarios can be proposed as the award once the case is in the decision/).waitFor();

      await createScenario(page, MAX_THREE, (d) => d.getByRole('spinbutton', { name: 'At most … suppliers' }).fill('3'));
      await createScenario(page, RELIABLE, async (d) => {
        await d.getByRole('spinbutton', { name: 'Min. reliability (0–100)' }).fill('70');
        await d.getByRole('checkbox', { name: 'Every must-have requirement met' }).check();
      });

      // Each rule in words, with its price; the figures of the comparison.
      const three = column(page, MAX_THREE);
      await three.getByText('At most 3 supplier(s)', { exact: true }).waitFor();
      await panelOf(page).getByText(/costs €/).first().waitFor();
      await three.getByText('Savings vs. best single supplier').waitFor();
      await column(page, RELIABLE).getByText('Nobody below reliability 70', { exact: true }).waitFor();
      await column(page, RELIABLE).getByText('Every must-have requirement met', { exact: true }).waitFor();

      // Side by side at 1280 px: the columns share a row.
      const best = await column(page, 'Best price per line').boundingBox();
      const built = await three.boundingBox();
      if (!best || !built) throw new Error('The scenario columns are not shown');
      expect(Math.abs(best.y - built.y)).toBeLessThan(2);
      expect(built.x).toBeGreaterThan(best.x);

      // The lines per supplier open on demand.
      await three.getByText('Lines per supplier', { exact: true }).click();
      await three.getByRole('heading', { level: 5 }).first().waitFor();

      await panel.scrollIntoViewIfNeeded();
      // With the quote comparison's wide tables above (13 lines × 8 suppliers): every scroller is reachable by keyboard.
      await expectAccessible(page, 'the award scenarios panel');
      for (const language of ['English', 'Deutsch'] as const) {
        const lang = language === 'Deutsch' ? 'de' : 'en';
        if (language === 'Deutsch') {
          await switchLanguage(page, 'Deutsch');
          await panel.getByRole('heading', { level: 2, name: 'Vergabeszenarien' }).waitFor();
          await column(page, MAX_THREE).getByText('Höchstens 3 Lieferant(en)', { exact: true }).waitFor();
        }
        for (const [size, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]] as const) {
          await page.setViewportSize({ width, height });
          await page.waitForTimeout(300);
          if (size === 'phone') await expectStacked(page, `the scenarios (${lang})`);
          await panel.scrollIntoViewIfNeeded();
          await screenshot(page, `scenarios-1-compare-${lang}-${size}`);
          await column(page, MAX_THREE).scrollIntoViewIfNeeded();
          await screenshot(page, `scenarios-2-column-${lang}-${size}`);
        }
      }
      await switchLanguage(page, 'English');
      await page.setViewportSize({ width: 1280, height: 800 });

      // The buyer changes a saved scenario: a lot of the first two lines, and a share by quantity within it.
      await column(page, MAX_THREE).getByRole('button', { name: `Edit scenario ${MAX_THREE}`, exact: true }).click();
      const edit = await dialogTitled(page, 'Edit award scenario');
      expect(await edit.getByRole('spinbutton', { name: 'At most … suppliers', exact: true }).inputValue()).toBe('3');
      await edit.getByRole('button', { name: 'Add lot', exact: true }).click();
      await edit.getByRole('textbox', { name: 'Lot name' }).fill('Lot A');
      await edit.getByRole('combobox', { name: 'Lines in the lot', exact: true }).click();
      await page.getByRole('listbox').getByRole('option').nth(0).click();
      await page.getByRole('listbox').getByRole('option').nth(1).click();
      await page.keyboard.press('Escape');
      await edit.getByRole('button', { name: 'Add rule', exact: true }).click(); // a share, the first kind offered
      await edit.getByRole('combobox', { name: 'Measured by', exact: true }).click();
      await page.getByRole('option', { name: 'Quantity', exact: true }).click();
      await edit.getByRole('spinbutton', { name: 'At least (%)', exact: true }).fill('20');
      await edit.getByRole('combobox', { name: 'Within', exact: true }).click();
      await page.getByRole('option', { name: 'Lot A', exact: true }).click();
      await screenshot(page, 'scenarios-5-edit-en-desktop');
      await confirmDialog(edit, 'Save and solve');
      await column(page, MAX_THREE).getByText('Each supplier: at least 20 % of the quantity (Lot A) when awarded', { exact: true }).waitFor();
      await column(page, MAX_THREE).getByText('Optimal', { exact: true }).waitFor();
      await signOut(page);
    });
  }, 300_000);

  it('the buyer proposes a split scenario as the award; the decider sees a split award in the inbox', async () => {
    // The demo has one decider: for this award (six figures) the admin lets one decider approve, and restores the policy after.
    const admin = await newPage(browser);
    await openAndSignIn(admin.page, DEMO.admin);
    await expectPath(admin.page, '/tasks');
    const saved = (await graphql<{ approvalPolicy: Policy }>(admin.page, POLICY_QUERY)).approvalPolicy;
    await graphql(admin.page, POLICY_MUTATION, { input: { mode: saved.mode, tiers: [{ upTo: null, deciders: 1, gatekeeper: false }], byImportance: [] } });
    try {
      await proposeAndFind();
    } finally {
      await graphql(admin.page, POLICY_MUTATION, { input: saved }).catch(() => undefined);
      await admin.context.close();
    }
  }, 300_000);

  async function proposeAndFind(): Promise<void> {
    await scenario(browser, 'scenarios-propose', async (page) => {
      await openAndSignIn(page, DEMO.buyer);
      await openFromNav(page, 'Buyer workspace');
      await page.goto(`/cases/${caseId}/rfq`);

      // Which custom scenario splits the award (the server's figures).
      const rfq = await graphql<{ purchaseCase: { rfq: { id: string } } }>(page, 'query ($id: ID!) { purchaseCase(id: $id) { rfq { id } } }', { id: caseId });
      const data = await graphql<{ awardScenarios: { scenarios: { name: string; builtIn: boolean; result: { supplierCount: number } | null }[] } }>(
        page,
        'query ($rfqId: ID!) { awardScenarios(rfqId: $rfqId) { scenarios { name builtIn result { supplierCount } } } }',
        { rfqId: rfq.purchaseCase.rfq.id },
      );
      const split = data.awardScenarios.scenarios.find((s) => !s.builtIn && (s.result?.supplierCount ?? 0) > 1);
      if (!split) throw new Error(`No custom scenario splits the award: ${JSON.stringify(data)}`);

      // The award is proposed in the decision: the buyer skips the negotiation.
      const negotiation = page.getByRole('region', { name: 'Negotiation', exact: true });
      await negotiation.getByRole('button', { name: 'Skip negotiation', exact: true }).click();
      await giveReason(page, 'The scenarios show the split award; no negotiation needed.', 'Skip negotiation');
      await expectStage(page, 'Decision');

      const chosen = column(page, split.name);
      await chosen.getByRole('button', { name: 'Propose this award', exact: true }).click();
      const dialog = await dialogTitled(page, `Propose the award from “${split.name}”`);
      await dialog.getByRole('textbox').fill(`Split award from the scenario "${split.name}": lowest total cost under the rules.`);
      await confirmDialog(dialog, 'Propose this award');
      await page
        .getByText('Award proposed: version 1 is waiting for approval.')
        .or(panelOf(page).getByRole('alert'))
        .first()
        .waitFor();
      const refused = panelOf(page).getByRole('alert');
      if (await refused.count()) throw new Error(`Proposing was refused: ${await refused.first().innerText()}`);
      const award = page.getByRole('region', { name: 'Award proposal', exact: true });
      await award.scrollIntoViewIfNeeded();
      await screenshot(page, 'scenarios-3-proposed-en');
      await signOut(page);

      await openAndSignIn(page, DEMO.decider);

      await expectPath(page, '/tasks'); // signed in: the start page, before the navigation is used
      await page.getByRole('navigation').getByRole('link', { name: 'Decider inbox', exact: true }).click();
      await expectPath(page, '/inbox');
      await expectH1(page, 'Decider inbox');
      await page.getByRole('link', { name: `Open the proposal for ${caseRef}`, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(caseRef) }).waitFor();
      await page.getByText(/Split across \d suppliers/).first().waitFor();
      await screenshot(page, 'scenarios-4-inbox-split-en');
      await expectAccessible(page, 'the split award in the decider inbox');
    });
  }
});
