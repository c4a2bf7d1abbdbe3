import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn } from './browser.js';

// A community worker on a 375 px phone: the menu folds into a drawer and no page is wider than the screen.
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('phone layout', () => {
  it('works at 375 px: drawer menu, organisations list, English switch', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await logIn(page, baseUrl, 'community');
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await pageWidth()).toBeLessThanOrEqual(375);
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('menu-organisations').click();
    await page.getByTestId('org-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(375);
    await page.screenshot({ path: '/tmp/wushe-e2e-phone.png' });
    // The menu drawer animates shut after navigation; until it has, it covers the header.
    await page.locator('.ant-drawer-content-wrapper').waitFor({ state: 'hidden' });
    await page.getByTestId('language-switch').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^(EN|English)$/ }).click();
    await expect.poll(() => page.getByTestId('org-create').innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    await context.close();
  });

  it('shows the 404 page for an unknown address', async () => {
    const page = await browser.newPage();
    await logIn(page, baseUrl, 'street');
    await page.goto(`${baseUrl}/no-such-page`);
    await page.getByTestId('not-found').waitFor();
    await page.close();
  });
});
