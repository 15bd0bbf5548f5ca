import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, launch, newPage, assertAccessible, tabTo, navigates } from './lib.mjs';

const handlingToken = process.env.HANDLING_TEAM_TOKEN;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A concern raised through the API, as a forwarding system would; the receipt code comes back once. */
async function raiseAnonymously(description) {
  const response = await fetch(`${baseUrl}/api/v1/concerns`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ provider: { kind: 'NHS_TRUST', odsCode: 'R0A' }, description, identity: 'ANONYMOUS' }),
  });
  assert.equal(response.status, 201);
  return response.json();
}

async function ask(reference, text) {
  const response = await fetch(`${baseUrl}/api/v1/concerns/${reference}/questions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${handlingToken}` },
    body: JSON.stringify({ text }),
  });
  assert.equal(response.status, 201);
}

async function questions(reference) {
  const response = await fetch(`${baseUrl}/api/v1/concerns/${reference}/questions`, {
    headers: { Authorization: `Bearer ${handlingToken}` },
  });
  assert.equal(response.status, 200);
  return response.json();
}

for (const javaScript of [true, false]) {
  const mode = `JavaScript ${javaScript ? 'on' : 'off'}`;

  test(`a reporter follows an anonymous concern with the receipt code and answers a question (${mode})`, async () => {
    const { reference, receiptCode } = await raiseAnonymously(`Follow-up check, ${mode}: the call bells on ward 4 go unanswered at night.`);
    const page = await newPage(browser, { javaScript });

    await page.goto('/follow-up');
    assert.equal(await page.locator('h1').innerText(), 'Follow your concern');
    await assertAccessible(page, 'the follow-up sign-in page');

    await page.getByRole('button', { name: 'Continue' }).click();
    assert.match(await page.title(), /^Error: /);
    assert.match(await page.locator('.nhsuk-error-summary').innerText(), /Enter the reference of your concern/);
    await assertAccessible(page, 'the follow-up sign-in page with errors');

    await page.getByLabel('Reference').fill(reference);
    await page.getByLabel('Receipt code or email address').fill('AAAA-AAAA-AAAA-AAAA-AAAA');
    await page.getByRole('button', { name: 'Continue' }).click();
    assert.match(await page.locator('.nhsuk-error-summary').innerText(), /could not find a concern with that reference and code/);
    assert.equal(await page.getByLabel('Receipt code or email address').inputValue(), '', 'the code typed is never shown back');

    await page.getByLabel('Receipt code or email address').fill(receiptCode.toLowerCase());
    await page.getByRole('button', { name: 'Continue' }).click();
    assert.equal(new URL(page.url()).pathname, '/follow-up/status');
    assert.equal(await page.locator('#reference').innerText(), reference);
    assert.match(await page.locator('#progress').innerText(), /Received/);
    await assertAccessible(page, 'the status page');

    await ask(reference, 'Which ward is this about, and on which nights did it happen? <b>Thank you</b>');
    await page.reload();
    const question = page.locator('[id^="question-"]');
    assert.match(await question.innerText(), /Which ward is this about/);
    assert.match(await question.innerText(), /<b>Thank you<\/b>/, 'markup in a question is shown as text');
    await assertAccessible(page, 'the status page with a question');

    // Answer with the keyboard alone.
    const answer = page.getByLabel('Your answer to question 1');
    await tabTo(page, answer);
    await page.keyboard.type('Ward 4, on Monday and Tuesday nights. <script>alert(1)</script>');
    await tabTo(page, page.getByRole('button', { name: 'Send answer' }));
    await navigates(page, () => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).pathname, '/follow-up/status');
    assert.match(await page.locator('body').innerText(), /Your answer was sent/);
    assert.match(await page.locator('body').innerText(), /<script>alert\(1\)<\/script>/, 'the answer is shown back as text');
    await assertAccessible(page, 'the status page after an answer');

    const { questions: [asked] } = await questions(reference);
    assert.equal(asked.answer, 'Ward 4, on Monday and Tuesday nights. <script>alert(1)</script>');

    await page.getByRole('button', { name: 'Sign out' }).click();
    assert.equal(await page.locator('h1').innerText(), 'You have signed out');
    await page.goto('/follow-up/status');
    assert.equal(new URL(page.url()).pathname, '/follow-up', 'the status page needs signing in again');
    assert.deepEqual(page.cspViolations, []);
  });
}
