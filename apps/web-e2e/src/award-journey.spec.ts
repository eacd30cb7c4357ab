import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, expectH1, expectPath, launchBrowser, newPage, openAndSignIn, scenario, screenshot, signIn, signOut, openFromNav, graphql } from './support/e2e';
import { downloadPdf, expectRfqStatus, expectStage, giveReason, openRequestInPortal, scoreOpenCells, waitForRfqClosed } from './support/award-e2e';
import { confirmDialog, dialogTitled, fillQuote, localDateTimeIn, openTab, readReceipt } from './support/rfq-e2e';
import { expectDownload, expectRefused, pdfFile } from './support/downloads-e2e';

/*
 * The whole buying center in the browser, each person signed in in turn: the requester raises a
 * need; the buyer accepts it, puts a specifier on the team and moves it to the specification;
 * the specifier writes and approves it; the buyer shortlists both portal suppliers (Hanse and
 * Alpine, with a single-source justification: the policy asks for three) and the gatekeeper
 * approves the shortlist; the buyer sets up the RFQ, the gatekeeper approves it, the buyer
 * publishes it; both suppliers quote; once the closing job has closed it the specifier scores the
 * technical criteria and the buyer the commercial ones; the buyer asks both for a best and final
 * offer in one negotiation round, Alpine revises, the buyer ends the round and finishes the
 * negotiation; the admin makes awards up to 10 000 EUR need a decider and the gatekeeper; the
 * buyer proposes Alpine; the decider and then the gatekeeper approve in their inbox; the case is
 * awarded, Alpine sees its award in the portal and Hanse the regret, and the decision record and
 * the evaluation report are kept as PDFs next to the screenshots.
 *
 * Files on the way, saved as a person saves them (the download's name and bytes checked): the
 * specifier attaches a drawing to the specification and downloads it there; Hanse downloads it from
 * its request in the portal and attaches a test report to its quote; after the closing the buyer
 * downloads that report from the opened quotes; Alpine, a bidder too, is refused all three.
 *
 * The award stays below 10 000 EUR: 4 cylinders, Hanse 2,350.00 (9,400.00), Alpine 2,400.00
 * (9,600.00), revised in the round to 2,180.00 (8,720.00).
 */

const STAMP = Date.now().toString(36);
const NEED_TITLE = `Hydraulic cylinders for press line 3 (${STAMP})`;
const LINE = 'Hydraulic cylinder 100/56 x 400 mm, 200 bar';
const CYLINDERS = '42121100-4';
const HANSE = { email: DEMO.supplier, name: 'Hanse Industrietechnik GmbH' };
const ALPINE = { email: 'supplier@alpine-components.example', name: 'Alpine Components AG' };
const HANSE_PRICE = { [LINE]: '2350' };
const ALPINE_PRICE = { [LINE]: '2400' };
const ALPINE_BAFO = { [LINE]: '2180' };
const HANSE_TOTAL = /9,400\.00/;
const ALPINE_TOTAL = /9,600\.00/;
const ALPINE_BAFO_TOTAL = /8,720\.00/;
const SHA256 = /^[0-9a-f]{64}$/;
/** UTF-8 names with a space, an umlaut, a dash and a diameter sign: they must arrive as written. */
const DRAWING = pdfFile('Zeichnung Zylinder Ø 100 – Rev B.pdf', `drawing of the cylinder, run ${STAMP}`);
const TEST_REPORT = pdfFile('Prüfbericht ü.pdf', `Hanse pressure test report, run ${STAMP}`);

/** Minutes to the RFQ's closing (see rfq-to-quotes: the quoting steps take well under a minute). */
const CLOSES_IN_MINUTES = 3;
/** The round's deadline: the buyer ends the round early once Alpine has revised. */
const ROUND_MINUTES = 5;
const MINUTE = 60_000;
const STEP_MINUTES = 4;

const POLICY_QUERY = '{ approvalPolicy { mode isDefault tiers { upTo deciders gatekeeper } byImportance { importance deciders gatekeeper } } }';
const POLICY_MUTATION = 'mutation ($input: ApprovalPolicyInput!) { updateApprovalPolicy(input: $input) { updatedAt } }';
interface ApprovalPolicy {
  mode: string;
  isDefault: boolean;
  tiers: { upTo: number | null; deciders: number; gatekeeper: boolean }[];
  byImportance: { importance: string; deciders: number; gatekeeper: boolean }[];
}

describe('the full journey: need → specification → shortlist → RFQ → quotes → scoring → negotiation → award → approvals → awarded', () => {
  let browser: Browser;
  let caseUrl = '';
  let caseId = '';
  let rfqUrl = '';
  let rfqId = '';
  let caseRef = '';
  let rfqRef = '';
  let closesAt = 0;
  let savedPolicy: ApprovalPolicy | null = null;
  /** Where each file was downloaded from: the buying side's, the invitee's and the opened quote's address. */
  const fileUrls = { specification: '', portal: '', quote: '' };
  const started = Date.now();
  const log = (what: string) => process.stdout.write(`award-journey: ${what} after ${((Date.now() - started) / 1000).toFixed(0)} s\n`);

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    // Puts the approval policy back as it was (other scenarios and the showcase count on it).
    if (savedPolicy && browser) {
      const { context, page } = await newPage(browser);
      try {
        await page.goto('/');
        await signIn(page, DEMO.admin);
        await page.waitForURL((url) => url.pathname !== '/sign-in');
        const { mode, tiers, byImportance } = savedPolicy;
        await graphql(page, POLICY_MUTATION, { input: { mode, tiers, byImportance } });
      } catch (e) {
        process.stderr.write(`award-journey: could not restore the approval policy: ${e instanceof Error ? e.message : String(e)}\n`);
      } finally {
        await context.close();
      }
    }
    await browser?.close();
  });

  it('the requester raises a need', async () => {
    await scenario(browser, 'award-requester', async (page) => {
      await openAndSignIn(page, DEMO.requester);
      await openFromNav(page, 'My needs');
      await page.getByRole('link', { name: 'Raise a need' }).click();
      await expectH1(page, 'Raise a need');
      await page.getByLabel('Title').fill(NEED_TITLE);
      await page.getByLabel('Description').fill('Four spare cylinders for press line 3: the old ones leak and stop the line.');
      await page.getByLabel('Category (CPV)').fill('pneumatic cylinders');
      await page.getByRole('option', { name: new RegExp(`^${CYLINDERS}`) }).click();
      await page.getByLabel('Justification').fill('Without spares, line 3 stands still for two weeks when a cylinder fails.');
      await page.getByLabel('Quantity').fill('4');
      await page.getByLabel('Unit', { exact: true }).fill('pcs');
      await page.getByLabel('Estimated value').fill('9500');
      await page.getByRole('button', { name: 'Submit need' }).click();
      await expectPath(page, '/needs/mine');
      await page.getByRole('row').filter({ hasText: NEED_TITLE }).getByText('Waiting for a buyer').waitFor();
      await screenshot(page, 'award-01-need-raised');
      await signOut(page);
    });
    log('need raised');
  }, STEP_MINUTES * MINUTE);

  it('the buyer accepts it, adds the specifier and moves it to the specification', async () => {
    await scenario(browser, 'award-buyer-accepts', async (page) => {
      await openAndSignIn(page, DEMO.buyer);
      await openFromNav(page, 'Buyer workspace');
      await page.getByRole('navigation').getByRole('link', { name: 'Incoming needs', exact: true }).click();
      await expectH1(page, 'Incoming needs');
      await page.getByRole('button', { name: `Accept “${NEED_TITLE}” into a purchase case` }).click();
      const accept = page.getByRole('dialog');
      await accept.getByRole('combobox', { name: 'Importance' }).click();
      await page.getByRole('option', { name: 'Leverage', exact: true }).click();
      await accept.getByRole('button', { name: 'Accept', exact: true }).click();
      await page.waitForURL((url) => /^\/cases\/[0-9a-f-]{36}$/.test(url.pathname));
      caseUrl = new URL(page.url()).pathname;
      caseId = caseUrl.split('/')[2];
      rfqUrl = `${caseUrl}/rfq`;
      await expectH1(page, NEED_TITLE);
      caseRef = (await page.locator('.bc-reference').innerText()).trim();
      await expectStage(page, 'Need');

      await openTab(page, 'Team');
      await page.getByRole('combobox', { name: 'Person' }).click();
      await page.getByRole('option', { name: 'Dr. Lena Hoffmann' }).click();
      await page.getByRole('combobox', { name: 'Role' }).click();
      await page.getByRole('option', { name: 'Specifier', exact: true }).click();
      await page.getByRole('button', { name: 'Add to the team' }).click();
      await page.getByRole('row').filter({ hasText: 'Dr. Lena Hoffmann' }).waitFor();
      await page.getByRole('button', { name: 'Move to Specification' }).click();
      await expectStage(page, 'Specification');
      await screenshot(page, 'award-02-case-in-specification');
      await signOut(page);
    });
    log(`case ${caseRef} in specification`);
  }, STEP_MINUTES * MINUTE);

  it('the specifier writes the specification and approves it', async () => {
    await scenario(browser, 'award-specifier-specifies', async (page) => {
      await openAndSignIn(page, DEMO.specifier);
      await openFromNav(page, 'Buyer workspace');
      await page.goto(caseUrl);
      await expectH1(page, NEED_TITLE);
      await openTab(page, 'Specification');
      await page.getByRole('link', { name: 'Open the specification' }).click();
      await expectPath(page, `${caseUrl}/specification`);
      await expectH1(page, `Specification of ${caseRef}`);
      await page.getByRole('textbox', { name: 'Description' }).first().fill(LINE);
      await page.getByRole('spinbutton', { name: 'Quantity' }).first().fill('4');
      await page.getByRole('textbox', { name: 'Unit' }).first().fill('pcs');
      await page.getByRole('button', { name: 'Add attribute' }).first().click();
      await page.getByRole('textbox', { name: 'Attribute', exact: true }).first().fill('Mounting');
      await page.getByRole('textbox', { name: 'Value', exact: true }).first().fill('Flange at the rod end');
      await page.getByRole('button', { name: 'Add requirement' }).click();
      await page.getByRole('textbox', { name: 'Requirement 1' }).fill('Pressure test certificate (EN 10204 3.1) for every cylinder');
      const attachments = page.getByRole('region', { name: 'Attachments', exact: true });
      await attachments.locator('input[type=file]').setInputFiles(DRAWING);
      await attachments.getByRole('link', { name: DRAWING.name, exact: true }).waitFor();
      await page.getByLabel('What changed').fill('First version');
      await page.getByRole('button', { name: 'Save as version 1' }).click();
      await page.getByRole('button', { name: 'Approve version 1' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Approve and freeze' }).click();
      await page.getByRole('status').filter({ hasText: 'Approved (frozen)' }).waitFor();
      await screenshot(page, 'award-03-specification-approved');
      // The approved version keeps the drawing: it downloads under its own name, byte for byte.
      const drawing = page.getByRole('region', { name: 'Attachments', exact: true }).getByRole('link', { name: DRAWING.name, exact: true }).first();
      fileUrls.specification = await expectDownload(page, drawing, DRAWING, 'award-specification');
      expect(fileUrls.specification).toMatch(/^\/api\/files\/[0-9a-f-]{36}$/);
      await signOut(page);
    });
    log('specification approved');
  }, STEP_MINUTES * MINUTE);

  it('the buyer shortlists Hanse and Alpine with reasons and a single-source justification', async () => {
    await scenario(browser, 'award-buyer-shortlists', async (page) => {
      await openAndSignIn(page, DEMO.buyer);
      await openFromNav(page, 'Buyer workspace');
      await page.goto(caseUrl);
      await expectH1(page, NEED_TITLE);
      await page.getByRole('button', { name: 'Move to Sourcing' }).click();
      await expectStage(page, 'Sourcing');
      await openTab(page, 'Shortlist');
      await page.getByRole('heading', { name: 'Suggestions' }).waitFor();
      for (const supplier of [HANSE.name, ALPINE.name]) {
        await page.getByLabel('Search suppliers').fill(supplier);
        await page.getByRole('option', { name: new RegExp(`^${supplier}`) }).first().click();
        await giveReason(page, `Portal supplier with an approved qualification (${supplier})`, 'Shortlist');
        await page.getByRole('row').filter({ hasText: supplier }).first().waitFor();
      }
      await page.getByRole('textbox', { name: 'Single-source justification' }).fill(
        'Only two qualified suppliers make cylinders of this bore with a 3.1 certificate; both quote through the portal.',
      );
      await screenshot(page, 'award-04-shortlist');
      await page.getByRole('button', { name: 'Submit for approval' }).click();
      await page.locator('bc-shortlist-panel').getByText('Submitted for approval').waitFor();
      await signOut(page);
    });
    log('shortlist submitted');
  }, STEP_MINUTES * MINUTE);

  it('the gatekeeper approves the shortlist', async () => {
    await scenario(browser, 'award-gatekeeper-shortlist', async (page) => {
      await openAndSignIn(page, DEMO.gatekeeper);
      await openFromNav(page, 'Buyer workspace');
      await page.goto(caseUrl);
      await expectH1(page, NEED_TITLE);
      await openTab(page, 'Shortlist');
      await page.getByRole('button', { name: 'Approve shortlist' }).click();
      await giveReason(page, 'Two qualified portal suppliers; the justification holds.', 'Approve shortlist');
      await page.locator('bc-shortlist-panel').getByText('Approved by').waitFor();
      await signOut(page);
    });
    log('shortlist approved');
  }, STEP_MINUTES * MINUTE);

  it('the buyer sets up the RFQ and asks for approval', async () => {
    await scenario(browser, 'award-buyer-rfq-draft', async (page) => {
      await openAndSignIn(page, DEMO.buyer);
      await openFromNav(page, 'Buyer workspace');
      await page.goto(caseUrl);
      await expectH1(page, NEED_TITLE);
      await page.getByRole('region', { name: 'RFQ', exact: true }).getByRole('link', { name: 'Set up the RFQ' }).click();
      await expectPath(page, rfqUrl);
      await page.getByRole('button', { name: 'Set up RFQ', exact: true }).click();
      rfqRef = (await page.locator('.bc-rfq-reference').innerText()).trim();
      await expectRfqStatus(page, rfqRef, 'Draft');
      const closing = await localDateTimeIn(page, CLOSES_IN_MINUTES);
      closesAt = closing.at;
      await page.getByLabel('Closing time').fill(closing.value);
      await page.getByLabel('Question deadline').fill(closing.value);
      // Minutes, far below the policy's minimum bidding period: the buyer says why, as the gatekeeper will read.
      await page.getByLabel('Justification of a short bidding period').fill('The browser suite runs in minutes, not days.');
      await page.getByRole('button', { name: 'Save draft', exact: true }).click();
      await page.getByText(`${rfqRef} saved.`).waitFor();
      await page.getByRole('button', { name: 'Ask for approval', exact: true }).click();
      await page.getByRole('region', { name: 'Approval', exact: true }).getByText('Waiting for approval', { exact: true }).waitFor();
      await screenshot(page, 'award-05-rfq-draft');
      await signOut(page);
    });
    log(`RFQ ${rfqRef} drafted`);
  }, STEP_MINUTES * MINUTE);

  it('the gatekeeper approves the RFQ and the buyer publishes it', async () => {
    await scenario(browser, 'award-rfq-published', async (page) => {
      await openAndSignIn(page, DEMO.gatekeeper);
      await openFromNav(page, 'Buyer workspace');
      await page.goto(rfqUrl);
      await expectRfqStatus(page, rfqRef, 'Draft');
      await page.getByRole('button', { name: 'Approve', exact: true }).click();
      const approve = await dialogTitled(page, `Approve ${rfqRef}?`);
      await approve.getByRole('textbox', { name: 'Comment (optional)' }).fill('Fine to go out.');
      await confirmDialog(approve, 'Approve');
      await page.getByRole('region', { name: 'Approval', exact: true }).getByText(/Approved by /).waitFor();
      await signOut(page);

      await signIn(page, DEMO.buyer);
      await openFromNav(page, 'Buyer workspace');
      await page.goto(rfqUrl);
      await expectRfqStatus(page, rfqRef, 'Draft');
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await confirmDialog(await dialogTitled(page, `Publish ${rfqRef}?`), 'Publish');
      await expectRfqStatus(page, rfqRef, 'Published');
      const invitations = page.getByRole('region', { name: 'Invited suppliers', exact: true });
      for (const supplier of [HANSE.name, ALPINE.name]) {
        await invitations.getByRole('row').filter({ has: page.getByRole('rowheader', { name: supplier, exact: true }) }).waitFor();
      }
      await screenshot(page, 'award-06-rfq-published');
      await signOut(page);
    });
    log('RFQ published');
  }, STEP_MINUTES * MINUTE);

  it('both suppliers quote in the portal', async () => {
    await scenario(browser, 'award-suppliers-quote', async (page) => {
      for (const [supplier, prices, total] of [
        [HANSE, HANSE_PRICE, HANSE_TOTAL],
        [ALPINE, ALPINE_PRICE, ALPINE_TOTAL],
      ] as const) {
        await openAndSignIn(page, supplier.email);
        await openFromNav(page, 'Supplier portal');
        await openRequestInPortal(page, rfqRef);
        if (supplier === HANSE) {
          // The specification's drawing comes with the request, through the invitation's own address.
          const documents = page.getByRole('region', { name: 'Documents', exact: true });
          fileUrls.portal = await expectDownload(page, documents.getByRole('link', { name: DRAWING.name, exact: true }), DRAWING, 'award-portal-hanse');
          expect(fileUrls.portal).toMatch(/^\/api\/portal\/invitations\/[0-9a-f-]{36}\/files\/[0-9a-f-]{36}$/);
        }
        await openTab(page, 'Your quote');
        await fillQuote(page, prices);
        if (supplier === HANSE) {
          const attachments = page.getByRole('region', { name: 'Attachments', exact: true });
          await attachments.locator('input[type=file]').setInputFiles(TEST_REPORT);
          await attachments.getByRole('link', { name: TEST_REPORT.name, exact: true }).waitFor();
        }
        await page.getByText(total).first().waitFor();
        await page.getByRole('button', { name: 'Submit quote', exact: true }).click();
        await confirmDialog(await dialogTitled(page, 'Submit your quote?'), 'Submit quote');
        const receipt = await readReceipt(page, 1);
        expect(receipt.sha256).toMatch(SHA256);
        expect(receipt.total).toMatch(total);
        await screenshot(page, `award-07-quote-${supplier === HANSE ? 'hanse' : 'alpine'}`);
        await signOut(page);
      }
    });
    log(`both quoted, ${((closesAt - Date.now()) / 1000).toFixed(0)} s before the closing time`);
  }, STEP_MINUTES * MINUTE);

  it(
    'after the closing the specifier scores the technical criteria',
    async () => {
      await scenario(browser, 'award-specifier-scores', async (page) => {
        await openAndSignIn(page, DEMO.specifier);
        await openFromNav(page, 'Buyer workspace');
        await page.goto(rfqUrl);
        await waitForRfqClosed(page, rfqRef, closesAt);
        log('RFQ closed');
        await expectStage(page, 'Evaluation');
        await openTab(page, 'Scoring');
        // Alpine a little ahead on what people score, so the ranking does not hang on the reliability history.
        const scored = await scoreOpenCells(page, (supplier) => (supplier === ALPINE.name ? 8 : 7));
        expect(scored.length).toBeGreaterThan(0);
        log(`specifier scored ${scored.join('; ')}`);
        await screenshot(page, 'award-08-scoring-specifier');
        await expectAccessible(page, 'the scoring tab (specifier)');
        await signOut(page);
      });
    },
    10 * MINUTE,
  );

  it('the buyer scores the commercial criteria, reads the ranking and opens a negotiation round with both', async () => {
    await scenario(browser, 'award-buyer-scores-negotiates', async (page) => {
      await openAndSignIn(page, DEMO.buyer);
      await openFromNav(page, 'Buyer workspace');
      await page.goto(rfqUrl);
      await expectRfqStatus(page, rfqRef, 'Closed');
      // The comparison tab comes first, with the evaluation report next to the spreadsheet.
      const report = page.getByRole('link', { name: 'Evaluation report (PDF)' }).first();
      const href = await report.getAttribute('href');
      const match = /\/api\/rfqs\/([0-9a-f-]{36})\/evaluation-report\.pdf/.exec(href ?? '');
      if (!match) throw new Error(`The evaluation report link points at "${href}"`);
      rfqId = match[1];
      // Hanse's test report, opened with its quote: downloads under its UTF-8 name, byte for byte.
      const quotes = page.getByRole('region', { name: 'Opened quotes', exact: true });
      const hanseRow = quotes.getByRole('row').filter({ has: page.getByRole('rowheader', { name: HANSE.name, exact: true }) });
      await hanseRow.getByRole('button', { name: 'Details', exact: true }).click();
      const testReport = quotes.getByRole('link', { name: TEST_REPORT.name, exact: true });
      fileUrls.quote = await expectDownload(page, testReport, TEST_REPORT, 'award-opened-quote');
      expect(fileUrls.quote).toBe(`/api/rfqs/${rfqId}/quote-files/${fileUrls.quote.split('/').pop()}`);
      await screenshot(page, 'award-09a-quote-attachment');

      await openTab(page, 'Scoring');
      const scored = await scoreOpenCells(page, (supplier) => (supplier === ALPINE.name ? 8 : 7));
      expect(scored.length).toBeGreaterThan(0);
      log(`buyer scored ${scored.join('; ')}`);
      await screenshot(page, 'award-09-scoring-buyer');

      await openTab(page, 'Ranking');
      const ranking = page.getByRole('table', { name: 'Ranking', exact: true });
      await ranking.getByRole('row').filter({ hasText: ALPINE.name }).waitFor();
      await ranking.getByRole('row').filter({ hasText: HANSE.name }).waitFor();
      await page.getByRole('heading', { name: 'Sensitivity' }).waitFor();
      await screenshot(page, 'award-10-ranking');
      await expectAccessible(page, 'the ranking tab');
      await downloadPdf(page, `/api/rfqs/${rfqId}/evaluation-report.pdf`, 'award-evaluation-report-before-negotiation');

      // One round of best and final offers with both suppliers.
      const negotiation = page.getByRole('region', { name: 'Negotiation', exact: true });
      await negotiation.getByText('No negotiation round yet.').waitFor();
      await negotiation.getByRole('button', { name: 'Open a negotiation round', exact: true }).click();
      const dialog = await dialogTitled(page, 'Open negotiation round 1');
      for (const supplier of [HANSE.name, ALPINE.name]) {
        const box = dialog.getByRole('checkbox', { name: new RegExp(`^${supplier}`) });
        if (!(await box.isChecked())) await box.check();
      }
      await dialog.getByRole('textbox', { name: 'Message' }).fill('Please send your best and final offer for the four cylinders; we aim at 2,200.00 EUR per cylinder.');
      const deadline = await localDateTimeIn(page, ROUND_MINUTES);
      await dialog.getByLabel('Round deadline').fill(deadline.value);
      await dialog.getByRole('textbox', { name: 'Target unit price for line 1' }).fill('2200');
      await screenshot(page, 'award-11-open-round-dialog');
      await expectAccessible(page, 'the dialog that opens a negotiation round');
      await confirmDialog(dialog, 'Open round');
      const round = negotiation.getByRole('article', { name: 'Round 1' });
      await round.getByText('Open', { exact: true }).waitFor();
      await expectStage(page, 'Negotiation');
      await screenshot(page, 'award-12-round-open');
      await expectAccessible(page, 'the RFQ with an open negotiation round');
      await signOut(page);
    });
    log('round 1 opened');
  }, STEP_MINUTES * MINUTE);

  it('Alpine submits a best and final offer in the round', async () => {
    await scenario(browser, 'award-alpine-bafo', async (page) => {
      await openAndSignIn(page, ALPINE.email);
      await openFromNav(page, 'Supplier portal');
      await openRequestInPortal(page, rfqRef);
      await page.getByRole('note').filter({ hasText: /Negotiation round 1 is open until/ }).waitFor();
      const rounds = page.getByRole('region', { name: 'Negotiation rounds', exact: true });
      await rounds.getByText('2,200.00').first().waitFor();
      await screenshot(page, 'award-13-portal-round');
      await expectAccessible(page, 'the portal request with an open round');
      await rounds.getByRole('button', { name: 'Revise your offer', exact: true }).click();
      await page.getByRole('tab', { name: 'Your quote', exact: true, selected: true }).waitFor();
      await fillQuote(page, ALPINE_BAFO);
      await page.getByText(ALPINE_BAFO_TOTAL).first().waitFor();
      await page.getByRole('button', { name: 'Submit revised quote', exact: true }).click();
      await confirmDialog(await dialogTitled(page, 'Submit your revised quote?'), 'Submit revised quote');
      const receipt = await readReceipt(page, 2);
      expect(receipt.sha256).toMatch(SHA256);
      expect(receipt.total).toMatch(ALPINE_BAFO_TOTAL);
      await screenshot(page, 'award-14-alpine-bafo');
      await signOut(page);
    });
    log('Alpine revised in the round');
  }, STEP_MINUTES * MINUTE);

  it('the buyer ends the round and finishes the negotiation', async () => {
    await scenario(browser, 'award-buyer-ends-round', async (page) => {
      await openAndSignIn(page, DEMO.buyer);
      await openFromNav(page, 'Buyer workspace');
      await page.goto(rfqUrl);
      await expectStage(page, 'Negotiation');
      const negotiation = page.getByRole('region', { name: 'Negotiation', exact: true });
      const round = negotiation.getByRole('article', { name: 'Round 1' });
      await round.getByRole('listitem').filter({ hasText: ALPINE.name }).getByText(/Revised quote submitted/).waitFor();
      await round.getByRole('listitem').filter({ hasText: HANSE.name }).getByText('No revised quote').waitFor();
      const end = round.getByRole('button', { name: 'End round now', exact: true });
      if (await end.isVisible()) {
        await end.click();
        await confirmDialog(await dialogTitled(page, 'End round 1 now?'), 'End round now');
      }
      await round.getByText('Closed', { exact: true }).waitFor();
      await negotiation.getByRole('button', { name: 'Finish negotiation', exact: true }).click();
      await confirmDialog(await dialogTitled(page, 'Finish the negotiation?'), 'Finish negotiation');
      await expectStage(page, 'Decision');
      await negotiation.scrollIntoViewIfNeeded();
      await screenshot(page, 'award-15-negotiation-finished');
      await expectAccessible(page, 'the RFQ after the negotiation');
      await signOut(page);
    });
    log('negotiation finished');
  }, STEP_MINUTES * MINUTE);

  it('the admin makes awards up to 10 000 EUR need a decider and the gatekeeper', async () => {
    await scenario(browser, 'award-admin-policy', async (page) => {
      await openAndSignIn(page, DEMO.admin);
      await expectPath(page, '/tasks'); // signed in: the start page, before the navigation is used
      await page.getByRole('navigation').getByRole('link', { name: 'Purchasing policy', exact: true }).click();
      await expectPath(page, '/admin/policy');
      savedPolicy = (await graphql<{ approvalPolicy: ApprovalPolicy }>(page, POLICY_QUERY)).approvalPolicy;
      const policy = page.getByRole('region', { name: 'Approval policy', exact: true });
      await policy.getByRole('radio', { name: /^Sequential/ }).check();
      const tier = policy.getByRole('listitem', { name: 'Tier 1', exact: true });
      expect(await tier.getByRole('spinbutton', { name: 'Up to (amount)' }).inputValue()).toBe('10000');
      await tier.getByRole('spinbutton', { name: 'Deciders' }).fill('1');
      await tier.getByRole('checkbox', { name: 'Plus the gatekeeper' }).check();
      await screenshot(page, 'award-16-approval-policy');
      await expectAccessible(page, 'the approval policy');
      await policy.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('The approval policy has been saved.').waitFor();
      const now = (await graphql<{ approvalPolicy: ApprovalPolicy }>(page, POLICY_QUERY)).approvalPolicy;
      expect(now.tiers[0]).toEqual({ upTo: 10000, deciders: 1, gatekeeper: true });
      await signOut(page);
    });
    log('approval policy changed');
  }, STEP_MINUTES * MINUTE);

  it('the buyer proposes the award to Alpine', async () => {
    await scenario(browser, 'award-buyer-proposes', async (page) => {
      await openAndSignIn(page, DEMO.buyer);
      await openFromNav(page, 'Buyer workspace');
      await page.goto(rfqUrl);
      await expectStage(page, 'Decision');
      const panel = page.getByRole('region', { name: 'Award proposal', exact: true });
      await panel.getByRole('button', { name: 'Propose award', exact: true }).click();
      const dialog = await dialogTitled(page, 'Propose award');
      await dialog.getByRole('radio', { name: 'One supplier for every line' }).check();
      await dialog.getByRole('radio', { name: new RegExp(`^${ALPINE.name}`) }).check();
      await dialog.getByText(ALPINE_BAFO_TOTAL).first().waitFor();
      await dialog.getByRole('textbox', { name: 'Justification' }).fill(
        'Alpine ranks first after its best and final offer: the lowest price and the better technical and commercial scores.',
      );
      await screenshot(page, 'award-17-propose-dialog');
      await expectAccessible(page, 'the award proposal dialog');
      await confirmDialog(dialog, 'Propose');
      await panel.getByText('Waiting for approval').first().waitFor();
      await panel.getByText(ALPINE_BAFO_TOTAL).first().waitFor();
      await panel.scrollIntoViewIfNeeded();
      await screenshot(page, 'award-18-proposal-pending');
      await expectAccessible(page, 'the award panel with a pending proposal');
      await signOut(page);
    });
    log('award proposed');
  }, STEP_MINUTES * MINUTE);

  it('the decider approves in the inbox, then the gatekeeper: the case is awarded', async () => {
    await scenario(browser, 'award-approvals', async (page) => {
      for (const [who, name, last] of [
        [DEMO.decider, 'decider', false],
        [DEMO.gatekeeper, 'gatekeeper', true],
      ] as const) {
        await openAndSignIn(page, who);
        await expectPath(page, '/tasks'); // signed in: the start page, before the navigation is used
        await page.getByRole('navigation').getByRole('link', { name: 'Decider inbox', exact: true }).click();
        await expectPath(page, '/inbox');
        await expectH1(page, 'Decider inbox');
        await page.getByRole('link', { name: `Open the proposal for ${caseRef}`, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: new RegExp(caseRef) }).waitFor();
        await page.getByRole('heading', { name: 'Ranking', exact: true }).waitFor();
        await page.getByText(ALPINE_BAFO_TOTAL).first().waitFor();
        await screenshot(page, `award-19-inbox-summary-${name}`);
        await expectAccessible(page, `the proposal summary in the inbox (${name})`);
        await page.getByRole('button', { name: 'Approve', exact: true }).click();
        const dialog = await dialogTitled(page, `Approve the award for ${caseRef}?`);
        await dialog.getByRole('textbox').fill(last ? 'Approved as gatekeeper: the route is complete.' : 'Approved: follows the ranking and saves against the first quotes.');
        await confirmDialog(dialog, 'Approve');
        await page.getByText(`You approved the award for ${caseRef}.`).waitFor();
        await signOut(page);
      }
    });
    log('both approvals in');
  }, STEP_MINUTES * MINUTE);

  it('the buyer sees the case awarded and keeps the decision record and the evaluation report', async () => {
    await scenario(browser, 'award-buyer-awarded', async (page) => {
      await openAndSignIn(page, DEMO.buyer);
      await openFromNav(page, 'Buyer workspace');
      await page.goto(rfqUrl);
      await expectStage(page, 'Awarded');
      const panel = page.getByRole('region', { name: 'Award', exact: true });
      await panel.getByText(/^Awarded on /).waitFor();
      await panel.getByText('Approved', { exact: true }).first().waitFor();
      const record = panel.getByRole('link', { name: 'Decision record (PDF)' });
      expect(await record.getAttribute('href')).toBe(`/api/cases/${caseId}/decision-record.pdf`);
      await panel.scrollIntoViewIfNeeded();
      await screenshot(page, 'award-20-awarded');
      await expectAccessible(page, 'the awarded RFQ with its award panel');
      const recordBytes = await downloadPdf(page, `/api/cases/${caseId}/decision-record.pdf`, 'award-decision-record');
      const reportBytes = await downloadPdf(page, `/api/rfqs/${rfqId}/evaluation-report.pdf`, 'award-evaluation-report');
      log(`decision record ${recordBytes} bytes, evaluation report ${reportBytes} bytes`);
      await page.goto(caseUrl);
      await expectStage(page, 'Awarded');
      await screenshot(page, 'award-21-case-awarded');
      await signOut(page);
    });
  }, STEP_MINUTES * MINUTE);

  it('Alpine sees its award in the portal, Hanse the regret', async () => {
    await scenario(browser, 'award-portal-outcome', async (page) => {
      await openAndSignIn(page, ALPINE.email);
      await openFromNav(page, 'Supplier portal');
      await page.getByRole('listitem').filter({ hasText: rfqRef }).getByText('Awarded', { exact: true }).waitFor();
      await openRequestInPortal(page, rfqRef);
      const won = page.getByRole('status', { name: 'Your company has been awarded this request', exact: true });
      await won.waitFor();
      const lines = won.getByRole('table', { name: 'Awarded lines' });
      await lines.getByRole('row').filter({ hasText: LINE }).getByText(ALPINE_BAFO_TOTAL).first().waitFor();
      await screenshot(page, 'award-22-portal-awarded');
      await expectAccessible(page, 'the portal outcome (awarded)');
      // Alpine, signed in and a bidder on the same RFQ, gets none of the files by their addresses.
      expect(await expectRefused(page, fileUrls.specification, DRAWING)).toBe(404);
      expect(await expectRefused(page, fileUrls.portal, DRAWING)).toBe(404);
      expect(await expectRefused(page, fileUrls.quote, TEST_REPORT)).toBe(403);
      await signOut(page);

      await signIn(page, HANSE.email);
      await openFromNav(page, 'Supplier portal');
      await page.getByRole('listitem').filter({ hasText: rfqRef }).getByText('Not awarded', { exact: true }).waitFor();
      await openRequestInPortal(page, rfqRef);
      await page.getByRole('status', { name: 'This request was awarded to another supplier', exact: true }).waitFor();
      expect(await page.locator('main').innerText()).not.toContain(ALPINE.name);
      await screenshot(page, 'award-23-portal-regret');
      await expectAccessible(page, 'the portal outcome (not awarded)');
      await signOut(page);
    });
    log('outcomes seen');
  }, STEP_MINUTES * MINUTE);
});
