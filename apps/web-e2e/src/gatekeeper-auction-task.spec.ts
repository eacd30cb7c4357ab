import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, expectH1, expectPath, graphql, launchBrowser, newPage, openAndSignIn, scenario, screenshot, STEP_TIMEOUT, switchLanguage } from './support/e2e';

/** The showcase's case in EVALUATION whose closed RFQ has no auction (the other one has the demo auction). */
const CASE_TITLE = 'Linear guide rails for assembly line 2';

async function rfqIdOf(page: Page): Promise<string> {
  const found = await graphql<{ purchaseCases: { items: Array<{ title: string; rfq: { id: string } | null }> } }>(
    page,
    `query ($search: String) { purchaseCases(filter: { search: $search }, limit: 5) { items { title rfq { id } } } }`,
    { search: CASE_TITLE },
  );
  const rfq = found.purchaseCases.items.find((c) => c.title === CASE_TITLE)?.rfq;
  if (!rfq) throw new Error(`No RFQ on "${CASE_TITLE}"`);
  return rfq.id;
}

/** How many tasks the navigation's "My tasks" entry says wait (0: no count shown). */
async function navCount(page: Page): Promise<number> {
  const link = page.getByRole('navigation').getByRole('link', { name: /^(My tasks|Meine Aufgaben)$/ });
  const described = await link.getAttribute('aria-describedby');
  if (!described) return 0;
  return Number((await page.locator(`#${described}`).textContent())?.match(/\d+/)?.[0] ?? 0);
}

describe("the gatekeeper's task of approving a reverse auction (issue 15)", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a scheduled auction waits on My tasks, counted in the navigation, links to the RFQ page’s auction panel, and goes once approved', async () => {
    // The buyer schedules it (two days ahead) in a page of her own; it is cancelled again at the end.
    const buyer = await newPage(browser);
    let auctionId: string | null = null;
    try {
      await openAndSignIn(buyer.page, DEMO.buyer);
      await expectPath(buyer.page, '/tasks');
      const rfqId = await rfqIdOf(buyer.page);
      const startsAt = new Date(Date.now() + 2 * 86_400_000);
      startsAt.setUTCHours(9, 0, 0, 0);
      const scheduled = await graphql<{ scheduleAuction: { id: string } }>(
        buyer.page,
        `mutation ($input: ScheduleAuctionInput!) { scheduleAuction(input: $input) { id } }`,
        { input: { rfqId, startsAt: startsAt.toISOString(), durationMinutes: 30, bidOn: 'TOTAL', decrementKind: 'PERCENT', decrement: '0.5', softCloseMinutes: 3, extensionMinutes: 3, visibility: 'RANK', ranking: 'PRICE' } },
      );
      auctionId = scheduled.scheduleAuction.id;

      await scenario(browser, 'gatekeeper-auction-task', async (page) => {
        await openAndSignIn(page, DEMO.gatekeeper);
        await expectPath(page, '/tasks');
        await expectH1(page, 'My tasks');
        const card = page.getByRole('listitem').filter({ hasText: 'Reverse auction to approve' }).filter({ hasText: CASE_TITLE });
        await card.waitFor({ state: 'visible' });
        await card.getByText('Its settings need your approval before the start').waitFor();
        // The navigation counts every card on the page.
        const cards = await page.locator('.bc-task').count();
        expect(await navCount(page)).toBe(cards);
        await screenshot(page, 'gatekeeper-auction-task-1-tasks');
        await expectAccessible(page, 'My tasks with an auction to approve');

        await card.getByRole('link', { name: 'Review the auction', exact: true }).click();
        await page.waitForURL(/\/cases\/[^/]+\/rfq#auctions$/, { timeout: STEP_TIMEOUT });
        // The panel is where the approval happens: its heading takes the focus, in view.
        const heading = page.getByRole('heading', { level: 2, name: 'Reverse auctions' });
        await page.waitForFunction(() => document.activeElement?.id === 'bc-auctions-heading', null, { timeout: STEP_TIMEOUT });
        expect(await heading.isVisible()).toBe(true);
        const inView = await heading.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        });
        expect(inView).toBe(true);
        await screenshot(page, 'gatekeeper-auction-task-2-panel');
        // On a phone the auction is a card: Approve is in reach, nothing scrolls sideways.
        await page.setViewportSize({ width: 390, height: 844 });
        const approve = page.getByRole('button', { name: 'Approve', exact: true });
        await approve.scrollIntoViewIfNeeded();
        const box = (await approve.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(390);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await screenshot(page, 'gatekeeper-auction-task-2-panel-390');
        await page.setViewportSize({ width: 1280, height: 800 });

        await approve.click();
        await page.getByRole('dialog').getByRole('button', { name: 'Approve', exact: true }).click();
        await page.getByText('Auction approved.').waitFor();

        await page.getByRole('navigation').getByRole('link', { name: 'My tasks', exact: true }).click();
        await expectH1(page, 'My tasks');
        // The list is read afresh on arrival: the approved auction's card goes.
        await card.waitFor({ state: 'detached' });
        expect(await navCount(page)).toBe(await page.locator('.bc-task').count());

        await switchLanguage(page, 'Deutsch');
        await expectH1(page, 'Meine Aufgaben');
        await screenshot(page, 'gatekeeper-auction-task-3-tasks-de');
        await switchLanguage(page, 'English');
      });
    } finally {
      // The case must be free to move on for other scenarios: the auction goes again.
      if (auctionId) await graphql(buyer.page, `mutation ($id: ID!) { cancelAuction(id: $id, reason: "End of the browser test") { id } }`, { id: auctionId }).catch(() => undefined);
      await buyer.context.close();
    }
  });
});
