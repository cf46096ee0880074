// Reviews one KYC application in Camunda Tasklist as a compliance officer would: log in, open the
// compliance queue and the task in it, check the form shows the client, claim it, approve, complete.
// Driven by TasklistReviewIT. Environment: BASE_URL, OFFICER, PASSWORD, TASK_ID, CLIENT_NAME,
// SCREENSHOT (where to save on failure).
import { decide, openTask, run } from './tasklist.mjs';

const { BASE_URL, OFFICER, PASSWORD, TASK_ID, CLIENT_NAME } = process.env;
const heading = 'Review application';
await run('Tasklist review', async (page) => {
  await openTask(page, { baseUrl: BASE_URL, officer: OFFICER, password: PASSWORD, taskId: TASK_ID, heading });
  const shown = await page.locator('input[id$="Field_ClientName"]').inputValue();
  if (shown !== CLIENT_NAME) {
    throw new Error(`the form shows client "${shown}", expected "${CLIENT_NAME}"`);
  }
  const risk = await page.locator('input[id$="Field_RiskLevel"]').inputValue();
  if (!risk) {
    throw new Error('the form shows no risk level');
  }
  await decide(page, { option: 'Approve', reasonField: 'Field_Reason', reason: 'Identity and address verified in Tasklist', heading });
  console.log('reviewed in Tasklist: approved');
});
