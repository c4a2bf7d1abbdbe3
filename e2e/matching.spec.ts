import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn } from './browser.js';

// 智慧匹配 in the browser: a street official runs a 供需对接会 over the street's accepted needs, forbids a pair and
// re-solves, confirms; a community worker sees explained candidates on a need.
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('matching in the browser', () => {
  it('a street official solves a matchmaking fair, forbids a pair, re-solves and confirms', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await logIn(page, baseUrl, 'street');
    await page.goto(`${baseUrl}/matching/fairs`);
    const needRows = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await needRows.waitFor();
    // Select every accepted need in the street with the header checkbox.
    await page.locator('.ant-table-thead .ant-checkbox-input').first().check();
    await page.getByTestId('fair-organisations').click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options.first().waitFor();
    const offered = await options.count();
    expect(offered).toBeGreaterThan(0);
    for (let i = 0; i < Math.min(8, offered); i++) await options.nth(i).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('fair-solve').click();
    const result = page.getByTestId('fair-result');
    await result.waitFor();
    await expect.poll(() => result.textContent()).toContain('匹配成功');
    await expect.poll(() => result.textContent()).toContain('基尼系数');
    await page.screenshot({ path: '/tmp/wushe-e2e-fair.png', fullPage: true });

    const assignments = result.locator('.ant-card').filter({ hasText: '分配方案' }).locator('tbody tr.ant-table-row');
    const before = await assignments.count();
    expect(before).toBeGreaterThan(0);
    const firstNeed = await assignments.first().locator('td').first().textContent();
    const firstOrg = await assignments.first().locator('td').nth(1).textContent();
    await assignments.first().getByRole('button', { name: '排除此组合后重算' }).click();
    await page.getByText('清除调整（固定0项，排除1项）').waitFor();
    // The forbidden pair is gone: the need now has another organisation, or is listed as unmatched.
    await expect.poll(async () => {
      const rows = await result.locator('.ant-card').filter({ hasText: '分配方案' }).locator('tbody tr.ant-table-row').allTextContents();
      return rows.some((r) => r.includes(firstNeed!) && r.includes(firstOrg!));
    }).toBe(false);

    await page.getByTestId('fair-title').fill('2026年第四季度阿勒腾席热镇牵手计划');
    await page.getByTestId('fair-confirm').click();
    await page.getByText('对接会结果已确认').waitFor();
    await page.locator('.ant-card').filter({ hasText: '已确认的对接会' }).getByText('2026年第四季度阿勒腾席热镇牵手计划').waitFor();
    await context.close();
  });

  it('a community worker sees ranked candidates with reasons on an accepted need', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await logIn(page, baseUrl, 'community');
    const list = await (await page.request.get(`${baseUrl}/api/needs?status=accepted&pageSize=50`)).json() as { items: { id: string; category: string }[] };
    const need = list.items.find((n) => n.category === 'children') ?? list.items[0]!;
    await page.goto(`${baseUrl}/needs/${need.id}`);
    const panel = page.getByTestId('matching-candidates');
    await panel.waitFor();
    await panel.getByTestId('matching-candidate').first().waitFor();
    expect(await panel.getByTestId('matching-candidate').count()).toBeGreaterThan(0);
    // Expanding a candidate explains each term.
    await panel.locator('.ant-table-row-expand-icon').first().click();
    await panel.getByText('领域对口').first().waitFor();
    await page.screenshot({ path: '/tmp/wushe-e2e-candidates.png', fullPage: true });
    await context.close();
  });
});
