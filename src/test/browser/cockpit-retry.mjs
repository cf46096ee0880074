// Resolves an incident in Camunda Cockpit as an operator would: log in, open the process instance's
// Incidents tab, press the incident's retry action and confirm it. Driven by CockpitRetryIT.
// Environment: BASE_URL, USER, PASSWORD, INSTANCE_ID, SCREENSHOT (where to save on failure).
import { chromium } from 'playwright-core';

const { BASE_URL, USER, PASSWORD, INSTANCE_ID, SCREENSHOT } = process.env;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
page.setDefaultTimeout(20000);
try {
  await page.goto(`${BASE_URL}/camunda/app/cockpit/default/`);
  await page.getByPlaceholder('Username').fill(USER);
  await page.getByPlaceholder('Password').fill(PASSWORD);
  await page.getByRole('button', { name: /log in/i }).click();
  await page.getByText('Processes', { exact: true }).first().waitFor();

  await page.goto(`${BASE_URL}/camunda/app/cockpit/default/#/process-instance/${INSTANCE_ID}/runtime?tab=incidents-tab`);
  const row = page.locator('table.incidents-tab tbody tr').first();
  await row.waitFor();
  console.log(`incident in Cockpit: ${(await row.locator('td').first().innerText()).trim()}`);
  await row.locator('td.action button, td.action a').first().click();
  const dialog = page.locator('.modal-dialog');
  await dialog.waitFor();
  await dialog.getByText('Are you sure to increment the number of retries?').waitFor();
  await dialog.getByRole('button', { name: /^retry$/i }).click();
  await dialog.getByText(/has been incremented successfully/).waitFor();
  console.log('retried in Cockpit');
  await browser.close();
} catch (error) {
  if (SCREENSHOT) {
    await page.screenshot({ path: SCREENSHOT, fullPage: true }).catch(() => {});
  }
  console.error(`Cockpit retry failed: ${error.message}`);
  await browser.close();
  process.exit(1);
}
