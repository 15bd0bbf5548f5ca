import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, assertAccessible } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const javaScript of [true, false]) {
  test(`start page explains the service and starts the form (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
    const page = await newPage(browser, { javaScript });
    const response = await page.goto('/');
    assert.equal(response.status(), 200);
    assert.match(await page.title(), /Raise a concern about care - NHS/);
    assert.match(await page.locator('h1').innerText(), /Raise a concern/);
    assert.match(await page.locator('main').innerText(), /If someone is in danger now[\s\S]*999/);
    await assertAccessible(page, 'the start page');
    assert.deepEqual(page.cspViolations, [], 'the Content-Security-Policy blocked something, or a script failed');
  });
}

test('the accessibility check can fail: axe reports an unlabelled field', async () => {
  const page = await newPage(browser, { javaScript: true });
  await page.goto('/');
  await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<input type="text">'));
  await assert.rejects(assertAccessible(page, 'a page broken on purpose'), /label/);
});
