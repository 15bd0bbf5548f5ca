import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, assertAccessible, tabTo, navigates } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const HOSTILE = 'The night staff said "<script>alert(1)</script>" was the password 😞 — 患者 waited.';

/** Clicks and fills, as most people use a page. */
function pointer(page) {
  return {
    fill: (locator, text) => locator.fill(text),
    check: (locator) => locator.check(),
    select: (locator, label) => locator.selectOption({ label }),
    press: (locator) => locator.click(),
  };
}

/** The keyboard alone: Tab to reach, arrows within a radio group, Space and Enter to act. */
function keyboard(page) {
  return {
    async fill(locator, text) {
      await tabTo(page, locator);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(text);
    },
    async check(locator) {
      const type = await locator.getAttribute('type');
      if (type === 'radio') {
        const name = await locator.getAttribute('name');
        const group = page.locator(`input[type=radio][name="${name}"]`);
        await tabTo(page, group.first());
        for (let i = 0; i < 12 && !(await locator.isChecked()); i++) await page.keyboard.press('ArrowDown');
        assert.ok(await locator.isChecked(), `could not choose ${locator} with the arrow keys`);
      } else {
        await tabTo(page, locator);
        await page.keyboard.press('Space');
        assert.ok(await locator.isChecked(), `could not tick ${locator} with Space`);
      }
    },
    async select(locator, label) {
      await tabTo(page, locator);
      await page.keyboard.type(label);
      assert.equal(await locator.evaluate((el) => el.selectedOptions[0].textContent.trim()), label);
    },
    async press(locator) {
      await tabTo(page, locator);
      await page.keyboard.press('Enter');
    },
  };
}

async function continueTo(page, act, pathname, button = 'Continue') {
  const control = page.getByRole('button', { name: button, exact: true }).or(page.getByRole('link', { name: button, exact: true }));
  await navigates(page, () => act.press(control.first()));
  assert.equal(new URL(page.url()).pathname, pathname);
}

async function expectError(page, act, message, label) {
  await navigates(page, () => act.press(page.getByRole('button', { name: 'Continue', exact: true })));
  assert.match(await page.title(), /^Error: /);
  assert.match(await page.locator('.nhsuk-error-summary').innerText(), message);
  assert.match(await page.locator('.nhsuk-error-message').first().innerText(), message);
  await assertAccessible(page, `${label} with an error`);
}

for (const [name, javaScript, actor] of [
  ['JavaScript on, keyboard only', true, keyboard],
  ['JavaScript off, pointer', false, pointer],
]) {
  test(`a new member of staff raises a concern from start to confirmation, then follows it (${name})`, async () => {
    const page = await newPage(browser, { javaScript });
    const act = actor(page);
    const checked = async (label) => assertAccessible(page, label);

    await page.goto('/');
    await continueTo(page, act, '/concern/where', 'Start now');

    await checked('where it happened');
    await expectError(page, act, /Choose|Select|Say where/, 'where it happened');
    await act.check(page.locator('#kind'));
    if (javaScript) assert.ok(await page.locator('#trust-query').isVisible(), 'choosing a trust reveals the search at once');
    await act.fill(page.locator('#trust-query'), 'no such trust anywhere');
    await navigates(page, () => act.press(page.getByRole('button', { name: 'Search', exact: true })));
    assert.match(await page.locator('.nhsuk-error-summary').innerText(), /No NHS trust matches/);
    await checked('where it happened, no trust found');
    await act.fill(page.locator('#trust-query'), 'manchester university');
    await navigates(page, () => act.press(page.getByRole('button', { name: 'Search', exact: true })));
    assert.equal(new URL(page.url()).pathname, '/concern/service');

    await checked('the service');
    await act.fill(page.locator('#service'), 'Ward 7, acute medicine');
    await continueTo(page, act, '/concern/when');

    await checked('when it happened');
    await act.check(page.locator('#when'));
    await act.fill(page.locator('#occurred-day'), '30');
    await act.fill(page.locator('#occurred-month'), '2');
    await act.fill(page.locator('#occurred-year'), '2026');
    await expectError(page, act, /30 February 2026 is not a real date/, 'when it happened');
    assert.equal(await page.locator('#occurred-day').inputValue(), '30', 'what was typed is kept');
    await act.fill(page.locator('#occurred-day'), '20');
    await continueTo(page, act, '/concern/what-happened');

    await checked('what happened');
    await expectError(page, act, /Describe what happened/, 'what happened');
    await act.fill(page.locator('#description'), HOSTILE);
    await continueTo(page, act, '/concern/danger');

    await checked('danger now');
    await act.check(page.locator('#danger'));
    if (javaScript) assert.match(await page.locator('#conditional-danger').innerText(), /999/, 'the warning shows at once');
    await continueTo(page, act, '/concern/danger/act-now');
    assert.match(await page.locator('main').innerText(), /999/);
    await checked('act now');
    await continueTo(page, act, '/concern/affected');

    await checked('who was affected');
    await act.check(page.locator('#affected'));
    await continueTo(page, act, '/concern/harm');

    await checked('how badly');
    await act.check(page.locator('#harm-3'));
    await continueTo(page, act, '/concern/professionals');

    await checked('professionals involved');
    await act.check(page.locator('#involved'));
    await continueTo(page, act, '/concern/professionals/list');
    await checked('the professionals');
    await act.select(page.locator('#professional-1-role'), 'Nurse');
    await continueTo(page, act, '/concern/raised-before');

    await checked('raised before');
    await act.check(page.locator('#raised-before'));
    await continueTo(page, act, '/concern/identity');

    await checked('how to be known');
    await act.check(page.locator('#identity-3'));
    await continueTo(page, act, '/concern/check');

    await checked('check your answers');
    const answers = await page.locator('main').innerText();
    assert.ok(answers.includes(HOSTILE), 'hostile text is shown back as typed, as text');
    assert.match(answers, /Manchester University NHS Foundation Trust/);
    assert.equal(await page.locator('main script').count(), 0, 'no script element came from what was typed');
    await continueTo(page, act, '/concern/confirmation', 'Send your concern');

    await checked('the confirmation');
    const reference = (await page.locator('#reference').innerText()).trim();
    const receiptCode = (await page.locator('#receipt-code').innerText()).trim();
    assert.match(reference, /^QC-\d{4}-\d{6,}$/);
    assert.match(receiptCode, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    assert.match(await page.locator('main').innerText(), /999/, 'the danger advice is repeated');
    await page.reload();
    assert.equal(await page.locator('#receipt-code').count(), 0, 'the receipt code is shown only once');
    assert.ok(await page.locator('#receipt-code-gone').isVisible());

    await page.goto('/follow-up');
    await act.fill(page.getByLabel('Reference'), reference);
    await act.fill(page.getByLabel('Receipt code or email address'), receiptCode);
    await continueTo(page, act, '/follow-up/status');
    assert.match(await page.locator('#progress').innerText(), /Received/);
    assert.deepEqual(page.cspViolations, []);
  });
}

test('a GP practice is named with its ICB, and a later page sends you back to the first unanswered one', async () => {
  const page = await newPage(browser, { javaScript: true });
  await page.goto('/concern/where');
  await page.locator('#kind-2').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/concern/where/provider');
  await assertAccessible(page, 'the provider page');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  assert.match(await page.locator('.nhsuk-error-summary').innerText(), /name of the GP practice/i);
  await assertAccessible(page, 'the provider page with errors');
  await page.locator('#provider-name').fill('Beech House Surgery');
  await page.locator('#icb').selectOption('QOP');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/concern/service');

  await page.goto('/concern/identity');
  assert.notEqual(new URL(page.url()).pathname, '/concern/identity', 'a later page sends you back to the first unanswered one');
  await page.goto('/concern/check');
  assert.notEqual(new URL(page.url()).pathname, '/concern/check');
});

test('a trust that serves several ICBs asks which area the care was in, and the answer is required', async () => {
  const page = await newPage(browser, { javaScript: true });
  await page.goto('/concern/where');
  await page.locator('#kind').check();
  await page.locator('#trust-query').fill('london ambulance');
  await navigates(page, () => page.getByRole('button', { name: 'Search', exact: true }).click());
  assert.equal(new URL(page.url()).pathname, '/concern/where/area');
  await assertAccessible(page, 'the area page');
  assert.ok((await page.locator('input[name=area]').count()) > 2, 'a radio for each ICB the trust serves, and Not sure');
  await navigates(page, () => page.getByRole('button', { name: 'Continue', exact: true }).click());
  assert.match(await page.locator('.nhsuk-error-summary').innerText(), /Choose the area the care was in/);
  await assertAccessible(page, 'the area page with an error');
  await page.getByLabel('Not sure').check();
  await navigates(page, () => page.getByRole('button', { name: 'Continue', exact: true }).click());
  assert.equal(new URL(page.url()).pathname, '/concern/service');
  assert.deepEqual(page.cspViolations, []);
});
