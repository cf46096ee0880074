// Reviews one KYC application in Camunda Tasklist as a compliance officer would: log in, open the
// compliance queue and the task in it, check the form shows the client, claim it, approve, complete. Driven by TasklistReviewIT.
// Environment: BASE_URL, OFFICER, PASSWORD, TASK_ID, CLIENT_NAME, SCREENSHOT (where to save on failure).
import { chromium } from 'playwright-core';

const { BASE_URL, OFFICER, PASSWORD, TASK_ID, CLIENT_NAME, SCREENSHOT } = process.env;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 1600 } });
page.setDefaultTimeout(20000);
try {
  await page.goto(`${BASE_URL}/camunda/app/tasklist/default/`);
  await page.getByPlaceholder('Username').fill(OFFICER);
  await page.getByPlaceholder('Password').fill(PASSWORD);
  await page.getByRole('button', { name: /log in/i }).click();
  await page.getByText('Compliance queue').first().waitFor();

  // As an officer works: open the compliance queue, then the task in it.
  await page.getByText('Compliance queue').first().click();
  await page.waitForURL(/filter=/);
  // The queue may hold more tasks than its first page shows: open this one by its link in the queue.
  await page.goto(`${page.url()}&task=${TASK_ID}`);
  await page.locator('h2', { hasText: 'Review application' }).waitFor();
  const shown = await page.locator('input[id$="Field_ClientName"]').inputValue();
  if (shown !== CLIENT_NAME) {
    throw new Error(`the form shows client "${shown}", expected "${CLIENT_NAME}"`);
  }
  const risk = await page.locator('input[id$="Field_RiskLevel"]').inputValue();
  if (!risk) {
    throw new Error('the form shows no risk level');
  }

  await page.locator('.fjs-form-field-select .fjs-select-display').waitFor();
  const claim = page.getByText('Claim', { exact: true });
  if (await claim.isVisible()) {
    await claim.click();
  }
  await page.locator('.fjs-form-field-select .fjs-select-display').click();
  await page.locator('.fjs-dropdownlist-item', { hasText: 'Approve' }).click();
  await page.locator('textarea[id$="Field_Reason"]').fill('Identity and address verified in Tasklist');
  await page.getByRole('button', { name: 'Complete' }).click();
  // the completed task leaves the officer's view
  await page.locator('h2', { hasText: 'Review application' }).waitFor({ state: 'detached' });
  console.log('reviewed in Tasklist: approved');
  await browser.close();
} catch (error) {
  if (SCREENSHOT) {
    await page.screenshot({ path: SCREENSHOT, fullPage: true }).catch(() => {});
  }
  console.error(`Tasklist review failed: ${error.message}`);
  await browser.close();
  process.exit(1);
}
