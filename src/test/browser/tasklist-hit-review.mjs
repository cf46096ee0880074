// Decides one screening hit in Camunda Tasklist as a compliance officer would: log in, open the
// compliance queue and the task in it, check the form shows the party and the list entry, claim
// it, find it a false positive with a reason, complete. Driven by TasklistHitReviewIT.
// Environment: BASE_URL, OFFICER, PASSWORD, TASK_ID, PARTY_NAME, LIST, SCREENSHOT (on failure).
import { chromium } from 'playwright-core';

const { BASE_URL, OFFICER, PASSWORD, TASK_ID, PARTY_NAME, LIST, SCREENSHOT } = process.env;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 1800 } });
page.setDefaultTimeout(20000);
try {
  await page.goto(`${BASE_URL}/camunda/app/tasklist/default/`);
  await page.getByPlaceholder('Username').fill(OFFICER);
  await page.getByPlaceholder('Password').fill(PASSWORD);
  await page.getByRole('button', { name: /log in/i }).click();
  await page.getByText('Compliance queue').first().waitFor();

  await page.getByText('Compliance queue').first().click();
  await page.waitForURL(/filter=/);
  await page.goto(`${page.url()}&task=${TASK_ID}`);
  await page.locator('h2', { hasText: 'Review screening hit' }).waitFor();
  const party = await page.locator('input[id$="Field_PartyName"]').inputValue();
  if (party !== PARTY_NAME) {
    throw new Error(`the form shows party "${party}", expected "${PARTY_NAME}"`);
  }
  const list = await page.locator('input[id$="Field_List"]').inputValue();
  if (!list.includes(LIST)) {
    throw new Error(`the form shows list "${list}", expected it to name "${LIST}"`);
  }
  const features = await page.locator('textarea[id$="Field_Features"]').inputValue();
  if (!features) {
    throw new Error('the form does not say why the party matched');
  }

  await page.locator('.fjs-form-field-select .fjs-select-display').waitFor();
  const claim = page.getByText('Claim', { exact: true });
  if (await claim.isVisible()) {
    await claim.click();
  }
  await page.locator('.fjs-form-field-select .fjs-select-display').click();
  await page.locator('.fjs-dropdownlist-item', { hasText: /false positive/i }).click();
  await page.locator('textarea[id$="Field_Reason"]').fill('Another person: birth place and passport differ');
  await page.getByRole('button', { name: 'Complete' }).click();
  await page.locator('h2', { hasText: 'Review screening hit' }).waitFor({ state: 'detached' });
  console.log('decided in Tasklist: false positive');
  await browser.close();
} catch (error) {
  if (SCREENSHOT) {
    await page.screenshot({ path: SCREENSHOT, fullPage: true }).catch(() => {});
  }
  console.error(`Tasklist hit review failed: ${error.message}`);
  await browser.close();
  process.exit(1);
}
