// Shared by the browser tests: Debian's Chromium driven by playwright-core, and axe-core run on every page.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const baseUrl = required('INTAKE_URL');

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run these tests through BrowserIT (./mvnw -pl services/intake verify)`);
  }
  return value;
}

/** Chromium as this machine runs it: headless, sandbox off (root in CI), no calls to Google, a fresh profile (Playwright's). */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser context, so cookies never leak between tests; JavaScript on or off. */
export async function newPage(browser, { javaScript }) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, baseURL: baseUrl });
  // The NHS font server is out of reach here: refuse at once rather than wait for a timeout.
  await context.route('https://assets.nhs.uk/**', (route) => route.abort());
  const page = await context.newPage();
  // Blocked by the Content-Security-Policy means a page of ours would not work as written.
  const violations = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(error.message));
  page.cspViolations = violations;
  page.javaScript = javaScript;
  return page;
}

/**
 * Runs axe-core for WCAG 2.0, 2.1 and 2.2 A and AA on the page as it is now and fails with the
 * rules broken and where. axe is evaluated through the DevTools protocol, which the page's
 * Content-Security-Policy does not govern, so the policy stays on while the page is checked.
 */
export async function assertAccessible(page, label) {
  const target = page.javaScript ? page : await withScripts(page);
  await target.evaluate(axeSource);
  const results = await target.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  const problems = results.violations.filter((v) => !designSystemChoice(v)).map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    at ${v.nodes.map((n) => n.target.join(' ')).join('\n    at ')}`,
  );
  assert.deepEqual(problems, [], `axe found WCAG 2.2 A/AA violations on ${label} (${page.url()})`);
  return results.passes.length;
}

/**
 * The NHS.UK (and GOV.UK) design system sets aria-expanded on radios and checkboxes that reveal
 * more questions, so that screen readers announce the reveal; axe's aria-allowed-attr rule flags
 * it. The design system keeps it on purpose after testing with assistive technology
 * (alphagov/govuk-frontend#979). Only that attribute on those inputs is forgiven.
 */
function designSystemChoice(violation) {
  return (
    violation.id === 'aria-allowed-attr' &&
    violation.nodes.every(
      (node) =>
        /nhsuk-(radios|checkboxes)__input/.test(node.html) &&
        /aria-controls=/.test(node.html) &&
        node.any.concat(node.all, node.none).every((check) => /aria-expanded/.test(check.message)),
    )
  );
}

/**
 * With JavaScript off, axe cannot run in the page (its promises never settle). Check the same
 * HTML, as the browser has it, at the same address in a page that runs axe but none of the
 * page's own scripts, so the no-JS state (every conditional part visible) is what axe sees.
 */
async function withScripts(page) {
  const html = await page.content();
  const context = await page.context().browser().newContext();
  const copy = await context.newPage();
  await copy.route('**/js/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  await copy.route(page.url(), (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  await copy.goto(page.url());
  copy.javaScript = true;
  return copy;
}

/** Presses Tab until the element with this text or label has focus, as a keyboard user would. */
export async function tabTo(page, locator, limit = 60) {
  const target = await locator.elementHandle();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  assert.fail(`Could not reach ${locator} with the keyboard in ${limit} presses of Tab`);
}

/** Does what submits a form or follows a link, and waits for the page it leads to, even the same address. */
export async function navigates(page, action) {
  await Promise.all([page.waitForNavigation(), action()]);
}
