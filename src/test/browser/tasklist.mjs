// What the Tasklist browser tests share: Chromium as CI has it, and an officer opening one task
// the way an officer works (log in, open the compliance queue, then the task in it).
import { chromium } from 'playwright-core';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

// Logs in as `officer`, opens the compliance queue and the task `taskId` in it, waits for its
// heading and claims it if nobody has.
export async function openTask(page, { baseUrl, officer, password, taskId, heading }) {
  await page.goto(`${baseUrl}/camunda/app/tasklist/default/`);
  await page.getByPlaceholder('Username').fill(officer);
  await page.getByPlaceholder('Password').fill(password);
  await page.getByRole('button', { name: /log in/i }).click();
  await page.getByText('Compliance queue').first().waitFor();

  await page.getByText('Compliance queue').first().click();
  await page.waitForURL(/filter=/);
  // The queue may hold more tasks than its first page shows: open this one by its link in the queue.
  await page.goto(`${page.url()}&task=${taskId}`);
  await page.locator('h2', { hasText: heading }).waitFor();
  await page.locator('.fjs-form-field-select .fjs-select-display').waitFor();
  const claim = page.getByText('Claim', { exact: true });
  if (await claim.isVisible()) {
    await claim.click();
    await claim.waitFor({ state: 'hidden' });
  }
}

// Picks `option` in the form's select, completes the task and waits for it to leave the view.
export async function decide(page, { option, reasonField, reason, heading }) {
  // Claiming renders the form again: a click on the select while that happens opens a
  // dropdown that is gone a moment later (the select then says "Field is required"), so
  // it is opened until the option shows.
  const item = page.locator('.fjs-dropdownlist-item', { hasText: option });
  for (let attempt = 0; attempt < 5 && !(await item.isVisible()); attempt++) {
    await page.locator('.fjs-form-field-select .fjs-select-display').click();
    await item.waitFor({ timeout: 3000 }).catch(() => {});
  }
  await item.click();
  await page.locator(`textarea[id$="${reasonField}"]`).fill(reason);
  await page.getByRole('button', { name: 'Complete' }).click();
  await page.locator('h2', { hasText: heading }).waitFor({ state: 'detached' });
}

// Runs `steps` with a page; on failure saves a screenshot to SCREENSHOT and exits with 1.
export async function run(what, steps) {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1400, height: 1800 } });
  page.setDefaultTimeout(20000);
  try {
    await steps(page);
    await browser.close();
  } catch (error) {
    if (process.env.SCREENSHOT) {
      await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true }).catch(() => {});
    }
    console.error(`${what} failed: ${error.message}`);
    await browser.close();
    process.exit(1);
  }
}
