import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn } from './browser.js';

// 智慧匹配 in the browser: a street official runs a 供需对接会 over the street's accepted needs, forbids a pair and
// re-solves; then runs one with org1 alone under a ¥ cap, sees the cap's reason, confirms, and sees the invitation it
// created, which org1's staff then accept; a community worker sees explained candidates of both kinds on a need.
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('matching in the browser', () => {
  it('a street official solves a matchmaking fair, forbids a pair and re-solves', async () => {
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
    await context.close();
  });

  it('a ¥ cap leaves needs unmatched with its reason; confirming invites org1, whose staff accept in their workspace', async () => {
    const ORG1 = '伊金霍洛旗阳光社会工作服务中心';
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await logIn(page, baseUrl, 'street');
    await page.goto(`${baseUrl}/matching/fairs`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await page.locator('.ant-table-thead .ant-checkbox-input').first().check();
    // Every need on the page costs ¥800 in this fair; org1 alone takes part, with a ¥1,000 cap: room for one need.
    const amounts = page.locator('input[data-testid^="fair-amount-"]');
    for (let i = 0; i < await amounts.count(); i++) await amounts.nth(i).fill('800');
    await page.getByTestId('fair-organisations').click();
    await page.keyboard.type('阳光社会工作服务中心');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: ORG1 }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('fair-money-caps').locator('input').fill('1000');
    await page.getByTestId('fair-solve').click();
    const result = page.getByTestId('fair-result');
    await result.waitFor();
    await expect.poll(() => result.getByTestId('fair-method').textContent()).toBe('整数规划（HiGHS）精确求解');
    const assignments = result.locator('.ant-card').filter({ hasText: '分配方案' }).locator('tbody tr.ant-table-row');
    await expect.poll(() => assignments.count()).toBe(1);
    const matchedNeed = (await assignments.first().locator('td').first().textContent())!;
    expect(await assignments.first().textContent()).toContain('¥800.00');
    await expect.poll(() => result.getByTestId('fair-unmatched-reason').allTextContents()).toContain(`“${ORG1}”的金额限流上限已用尽`);
    await expect.poll(() => result.textContent()).toContain('基尼系数');
    await page.screenshot({ path: '/tmp/wushe-e2e-fair-money-cap.png', fullPage: true });

    await page.getByTestId('fair-title').fill('2026年第四季度阿勒腾席热镇牵手计划');
    await page.getByTestId('fair-confirm').click();
    await page.getByText('对接会结果已确认').waitFor();
    // The fair's detail opens on what the confirmation created: the need has no menu contact, so org1 is invited.
    const made = page.getByTestId('fair-follow-ups');
    await made.waitFor();
    expect(await made.textContent()).toContain(matchedNeed);
    await made.getByTestId('follow-up-invitation').waitFor();
    expect(await made.textContent()).toContain('待答复');
    await page.screenshot({ path: '/tmp/wushe-e2e-fair-follow-ups.png', fullPage: true });
    await context.close();

    const staff = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const orgPage = await staff.newPage();
    await logIn(orgPage, baseUrl, 'org1');
    await orgPage.goto(`${baseUrl}/matching/invitations`);
    const row = orgPage.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: matchedNeed }).filter({ hasText: '2026年第四季度阿勒腾席热镇牵手计划' });
    await row.waitFor();
    expect(await row.getByTestId('invitation-status').textContent()).toBe('待答复');
    await row.getByTestId('invitation-accept').click();
    await orgPage.locator('.ant-modal textarea').fill('本周内与社区对接');
    await orgPage.getByTestId('invitation-submit').click();
    await orgPage.getByText('已接受对接邀请').waitFor();
    await expect.poll(() => row.getByTestId('invitation-status').textContent()).toBe('已接受');
    await orgPage.screenshot({ path: '/tmp/wushe-e2e-invitations.png', fullPage: true });
    await staff.close();
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
    // Both kinds are ranked, labelled: organisations and their menu services (org1 offers children's services here).
    const ranked = (await (await page.request.get(`${baseUrl}/api/matching/needs/${need.id}/candidates`)).json() as { ranked: { kind: string; name: string }[] }).ranked;
    const item = ranked.findIndex((c) => c.kind === 'catalogue_item');
    expect(item).toBeGreaterThanOrEqual(0);
    const kinds = ranked.slice(0, 10).map((c) => (c.kind === 'catalogue_item' ? '菜单服务' : '社会组织'));
    await expect.poll(() => panel.getByTestId('matching-candidate-kind').allTextContents()).toEqual(kinds);
    // Expanding a candidate explains each term.
    await panel.locator('.ant-table-row-expand-icon').first().click();
    await panel.getByText('领域对口').first().waitFor();
    await page.screenshot({ path: '/tmp/wushe-e2e-candidates.png', fullPage: true });
    await context.close();
  });
});
