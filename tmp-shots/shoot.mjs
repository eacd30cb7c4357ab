// Screenshots of the open data screens (EN/DE, 1280 and 390 px). Run: node tmp-shots/shoot.mjs
import { chromium } from 'playwright-core';

const BASE = 'http://127.0.0.1:3161';
const PASSWORD = 'BuyingCenter-Demo-2026';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });

async function session(email, lang, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: lang === 'de' ? 'de-DE' : 'en-US' });
  await context.addInitScript(([key, l]) => localStorage.setItem(key, l), [process.env.LANG_KEY, lang]);
  const page = await context.newPage();
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel(/^(Email|E-Mail)/).fill(email);
  await page.getByLabel(/^(Password|Passwort)/).fill(PASSWORD);
  await page.getByRole('button', { name: /^(Sign in|Anmelden)$/ }).click();
  await page.waitForURL((u) => !u.pathname.includes('sign-in'));
  return { context, page };
}

const gql = async (page, query, variables = {}) => (await (await page.request.post(`${BASE}/graphql`, { data: { query, variables } })).json());

for (const lang of ['en', 'de']) {
  for (const width of [1280, 390]) {
    const admin = await session('admin@nordwind.example', lang, width);
    await admin.page.goto(`${BASE}/admin/policy`);
    const section = admin.page.locator('bc-open-data-settings');
    await section.waitFor();
    await section.locator('input').first().waitFor();
    if (lang === 'en' && width === 1280) {
      // A wrong prefix first: the field says what is expected.
      await section.locator('input[formcontrolname=ocidPrefix]').fill('OCDS-123');
      await section.locator('input[formcontrolname=ocidPrefix]').blur();
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: `tmp-shots/settings-invalid-${lang}-${width}.png` });
      await section.locator('input[formcontrolname=ocidPrefix]').fill('ocds-nw2026');
      await section.getByRole('checkbox').nth(1).check();
      await section.getByRole('button', { name: /Save/ }).click();
      await admin.page.getByText('Public feed').waitFor();
    }
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `tmp-shots/settings-${lang}-${width}.png` });
    await admin.context.close();

    const buyer = await session('buyer@nordwind.example', lang, width);
    const cases = await gql(buyer.page, `{ purchaseCases(filter: { stage: [AWARDED] }, limit: 20) { items { id reference rfq { status } } } }`);
    const items = cases.data?.purchaseCases?.items ?? [];
    const c = items.find((x) => x.rfq?.status === 'CLOSED') ?? items[0];
    if (!c) { console.log('no case', JSON.stringify(cases).slice(0, 400)); continue; }
    await buyer.page.goto(`${BASE}/cases/${c.id}`);
    const card = buyer.page.locator('bc-case-open-data');
    await card.waitFor();
    await card.locator('a, p').first().waitFor();
    await card.scrollIntoViewIfNeeded();
    await buyer.page.screenshot({ path: `tmp-shots/case-${lang}-${width}.png` });
    if (lang === 'en' && width === 1280) {
      const res = await buyer.page.request.get(`${BASE}/api/cases/${c.id}/ocds/release-package.json`);
      console.log('download', res.status(), res.headers()['content-disposition']);
    }
    await buyer.context.close();
  }
}
await browser.close();
