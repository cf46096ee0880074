// Decides one screening hit in Camunda Tasklist as a compliance officer would: log in, open the
// compliance queue and the task in it, check the form shows the party and the list entry, claim
// it, find it a false positive with a reason, complete. Driven by TasklistHitReviewIT.
// Environment: BASE_URL, OFFICER, PASSWORD, TASK_ID, PARTY_NAME, LIST, SCREENSHOT (on failure).
import { decide, openTask, run } from './tasklist.mjs';

const { BASE_URL, OFFICER, PASSWORD, TASK_ID, PARTY_NAME, LIST } = process.env;
const heading = 'Review screening hit';
await run('Tasklist hit review', async (page) => {
  await openTask(page, { baseUrl: BASE_URL, officer: OFFICER, password: PASSWORD, taskId: TASK_ID, heading });
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
  await decide(page, { option: /false positive/i, reasonField: 'Field_Reason', reason: 'Another person: birth place and passport differ', heading });
  console.log('decided in Tasklist: false positive');
});
