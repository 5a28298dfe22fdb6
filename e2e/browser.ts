import fs from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/** Without Chromium the browser tests cannot run: in CI that is a failure, locally a visible skip. */
export function browserAvailable(): boolean {
  if (fs.existsSync(chromiumPath)) return true;
  if (process.env.CI)
    throw new Error(`Chromium not found at ${chromiumPath}; CI must install it (apt-get install chromium)`);
  console.warn(`\n*** Browser tests SKIPPED: ${chromiumPath} is missing (apt-get install chromium) ***\n`);
  return false;
}

/**
 * Headless, with no GPU: WebGL (for the maps) comes from SwiftShader, Chromium's software renderer.
 * playwright-core already passes --enable-unsafe-swiftshader and --use-angle=swiftshader-webgl in headless
 * mode (seen in chrome://gpu with Chromium 156); we name the first ourselves so the map tests do not
 * depend on that default. `extraArgs` lets a test take WebGL away (--disable-webgl).
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--enable-unsafe-swiftshader',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  return watchContentSecurityPolicy(browser);
}

// Injected by the browser (CDP), not by the page, so the policy does not block it.
const reportViolations = `document.addEventListener('securitypolicyviolation', (e) =>
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));`;

/**
 * The server sends a Content-Security-Policy; a page that breaks it may still look fine while a map worker
 * or an image silently fails. Every page of this browser reports violations, and closing the browser
 * (each file's afterAll) fails the file if there were any.
 */
function watchContentSecurityPolicy(browser: Browser): Browser {
  const violations: string[] = [];
  const watchPage = (page: Page) => {
    page.on('console', (message) => {
      if (/Content Security Policy|CSP violation/i.test(message.text()))
        violations.push(`${page.url()}: ${message.text()}`);
    });
  };
  const watchContext = async (context: BrowserContext) => {
    await context.addInitScript(reportViolations);
    context.on('page', watchPage);
    return context;
  };
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  const close = browser.close.bind(browser);
  // A first visit takes its language from the browser: the tests are written for a Japanese one unless they
  // say otherwise (visitor.e2e.ts tries an en-US browser).
  browser.newContext = async (options) => watchContext(await newContext({ locale: 'ja-JP', ...options }));
  browser.newPage = async (options) => {
    const page = await newPage({ locale: 'ja-JP', ...options });
    await page.addInitScript(reportViolations);
    watchPage(page);
    return page;
  };
  browser.close = async (options) => {
    await close(options);
    if (violations.length > 0)
      throw new Error(`Content-Security-Policy violations:\n${[...new Set(violations)].join('\n')}`);
  };
  return browser;
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  // The header shows the account's sign-out button once the session is set.
  await page.locator('.account button').waitFor();
}

export const demo = {
  admin: { email: 'admin@demo.fusion-cluster.jp', password: 'demo-admin-2026' },
  member: { email: 'member@demo.fusion-cluster.jp', password: 'demo-member-2026' },
  reviewer: { email: 'reviewer@demo.fusion-cluster.jp', password: 'demo-reviewer-2026' },
  trainee: { email: 'trainee@demo.fusion-cluster.jp', password: 'demo-trainee-2026' },
  graduate: { email: 'graduate@demo.fusion-cluster.jp', password: 'demo-graduate-2026' },
};

/**
 * A demo event's page path, found by its key (the demo's dates move with the clock at seed time, so tests
 * never look an event up by date or dated title). The page must be signed in if the event is for members.
 */
export async function demoEventPath(page: Page, baseUrl: string, key: string): Promise<string> {
  const res = await page.request.get(`${baseUrl}/api/events?when=all&key=${encodeURIComponent(key)}`);
  const id = ((await res.json()) as { items: { id: string }[] }).items[0]?.id;
  if (!id) throw new Error(`demo event ${key} not found`);
  return `/events/${id}`;
}
