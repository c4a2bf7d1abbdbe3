import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn } from './browser.js';

// 居民点单—管委会立项—社会筹款—精准落地, end to end through the 基金管理 staff screens (community worker proposes,
// the committee vote is recorded, campaign, bank-record donations, receipt, a second person approves and pays,
// the city allocates and reverses); what the public sees is checked in the browser on a desktop and a 390 px phone.
const baseUrl = inject('baseUrl');
const PAYEE = '伊金霍洛旗阳光社会工作服务中心';
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

async function staffPage(username: string, width = 1280): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await ctx.newPage();
  await logIn(page, baseUrl, username);
  return page;
}
/** antd puts data-testid either on the <input> itself or on its wrapper, depending on the component. */
async function inputOf(page: Page, testId: string) {
  const el = page.getByTestId(testId).first();
  return ['INPUT', 'TEXTAREA'].includes(await el.evaluate((e) => e.tagName)) ? el : el.locator('input, textarea').first();
}
async function pick(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).first().click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}
async function date(page: Page, testId: string, value: string) {
  const input = await inputOf(page, testId);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}
async function type(page: Page, testId: string, value: string) {
  await (await inputOf(page, testId)).fill(value);
}
async function openFund(page: Page, code: string) {
  await page.getByTestId('menu-funds-admin').click();
  await page.getByTestId(`staff-fund-${code}`).click();
  await page.getByTestId('staff-fund-name').waitFor();
}
const closed = (page: Page, testId: string) => page.getByTestId(testId).waitFor({ state: 'hidden' });

describe('fund journey through the staff screens', () => {
  it('committee approves → campaign → donations (one anonymous) → receipt → second-person approval → payment → allocation and reversal → public page', async () => {
    const worker = await staffPage('community');
    await openFund(worker, 'TJ-C01');
    expect(await worker.getByTestId('staff-fund-name').innerText()).toBe('平安社区基金');

    // 居民点单 → 提交基金项目
    await worker.getByTestId('project-propose').click();
    await pick(worker, 'project-need', 'XQ'); // 居民点单: the need's text fills the form
    expect((await (await inputOf(worker, 'project-title')).inputValue()).length).toBeGreaterThan(1);
    await type(worker, 'project-title', '雨棚与休息座椅');
    await type(worker, 'project-description', '小区门口加装雨棚和座椅');
    await pick(worker, 'project-category', '养老');
    await type(worker, 'project-beneficiaries', '260');
    await type(worker, 'project-budget', '1.234');
    await worker.getByTestId('project-submit').click();
    await worker.getByText('金额须大于 0，最多两位小数（单位：元）').waitFor();
    await type(worker, 'project-budget', '18000');
    await worker.getByTestId('project-submit').click();
    await closed(worker, 'project-submit');

    // 管委会表决: one member present is below quorum; the API's error names the field and lands under it.
    await worker.getByTestId('project-vote-雨棚与休息座椅').click();
    const boxes = worker.getByTestId('vote-present').locator('input[type=checkbox]');
    await boxes.first().check();
    await type(worker, 'vote-for', '1');
    await type(worker, 'vote-decisionNo', 'E2E-2026-01');
    await date(worker, 'vote-decidedOn', '2026-11-20');
    await worker.getByTestId('vote-submit').click();
    await worker.getByTestId('vote-error').waitFor();
    expect(await worker.getByTestId('vote-error').innerText()).toContain('管委会表决无效');
    expect(await worker.locator('.ant-modal .ant-form-item-explain-error').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('未达法定人数')]));
    await worker.screenshot({ path: '/tmp/funds-staff-vote-quorum.png' });
    const members = await boxes.count();
    for (let i = 0; i < members; i++) await boxes.nth(i).check();
    await type(worker, 'vote-for', String(members));
    await worker.getByTestId('vote-submit').click();
    await closed(worker, 'vote-submit');

    // 社会筹款
    await worker.getByTestId('project-campaign-雨棚与休息座椅').click();
    await type(worker, 'campaign-title', '雨棚筹款');
    await type(worker, 'campaign-target', '9000');
    await date(worker, 'campaign-deadline', '2099-12-31');
    await worker.getByTestId('campaign-submit').click();
    await closed(worker, 'campaign-submit');
    await worker.getByTestId('staff-campaigns').getByText('雨棚筹款').waitFor();

    // Donations from bank records: one named, one anonymous; amounts typed in yuan.
    await worker.getByTestId('tab-donations').click();
    // The named gift is double-clicked; the anonymous one loses its first answer on the network (the server did post it)
    // and is submitted again: the same Idempotency-Key comes back, so each appears exactly once.
    const keys: string[] = [];
    let dropFirst = false;
    await worker.route('**/api/funds/donations', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (dropFirst) {
        dropFirst = false;
        await route.fetch();
        return route.abort('failed');
      }
      return route.continue();
    });
    for (const d of [{ amount: '2,000', donor: '赵文斌', ref: `E2E-${Date.now()}` }, { amount: '666.00', donor: null, ref: `E2E-A-${Date.now()}` }]) {
      await worker.getByTestId('donation-record').click();
      await type(worker, 'donation-amount', d.amount);
      await pick(worker, 'donation-campaign', '雨棚筹款');
      await type(worker, 'donation-ref', d.ref);
      if (d.donor) {
        await type(worker, 'donation-donor', d.donor);
        await worker.getByTestId('donation-submit').dblclick();
      } else {
        await worker.getByTestId('donation-anonymous').click();
        dropFirst = true;
        await worker.getByTestId('donation-submit').click();
        await worker.getByTestId('donation-error').waitFor();
        await worker.getByTestId('donation-submit').click();
      }
      await closed(worker, 'donation-submit');
    }
    await worker.unroute('**/api/funds/donations');
    expect(keys.length).toBe(3);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe(keys[1]);
    await worker.getByTestId('staff-donations').locator('tr', { hasText: '¥666.00' }).first().waitFor();
    expect(await worker.getByTestId('staff-donations').locator('tr', { hasText: '赵文斌' }).count()).toBe(1);
    expect(await worker.getByTestId('staff-donations').locator('tr', { hasText: '¥666.00' }).count()).toBe(1);
    const row = worker.getByTestId('staff-donations').locator('tr', { hasText: '赵文斌' });
    await row.waitFor();
    expect(await row.innerText()).toContain('¥2,000.00');
    const [download] = await Promise.all([worker.waitForEvent('download'), row.getByRole('button', { name: '收据 PDF' }).click()]);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');

    // 申请拨付 (community worker) — a community worker cannot approve.
    await worker.getByTestId('tab-disbursements').click();
    await worker.getByTestId('disb-request').click();
    await pick(worker, 'disb-project', '雨棚与休息座椅');
    await type(worker, 'disb-payee', PAYEE);
    await type(worker, 'disb-amount', '2500');
    await type(worker, 'disb-purpose', '雨棚材料与安装');
    await worker.getByTestId('disb-submit').click();
    await closed(worker, 'disb-submit');
    expect(await worker.getByTestId(`disb-approve-${PAYEE}`).count()).toBe(0);

    // The street official approves (hold) and pays; their own request cannot be approved by themselves.
    const official = await staffPage('street');
    await openFund(official, 'TJ-C01');
    await official.getByTestId('tab-disbursements').click();
    await official.getByTestId(`disb-approve-${PAYEE}`).click();
    await official.getByTestId(`disb-pay-${PAYEE}`).click();
    await official.getByTestId('staff-disbursements').locator('tr', { hasText: PAYEE }).getByText('已支付').waitFor();
    await official.getByTestId('disb-request').click();
    await type(official, 'disb-payee', '平安社区居委会');
    await type(official, 'disb-amount', '100.5');
    await type(official, 'disb-purpose', '自己申请自己审批');
    await official.getByTestId('disb-submit').click();
    await closed(official, 'disb-submit');
    await official.getByTestId('disb-approve-平安社区居委会').click();
    expect(await official.getByTestId('disb-same-person').innerText()).toContain('审批人不能是申请人本人');
    await official.getByTestId('disb-cancel-平安社区居委会').click();
    await official.locator('.ant-popconfirm .ant-btn-primary').click();
    await official.getByTestId('staff-disbursements').locator('tr', { hasText: '平安社区居委会' }).getByText('已取消').waitFor();
    await official.screenshot({ path: '/tmp/funds-staff-disbursements.png', fullPage: true });

    // The city allocates from the parent fund to the sub-fund, then reverses the voucher with a reason.
    const city = await staffPage('city');
    await openFund(city, 'TJ');
    await city.getByTestId('tab-allocations').click();
    await pick(city, 'alloc-to', '平安社区基金');
    await type(city, 'alloc-amount', '1000');
    await type(city, 'alloc-memo', '年度配捐追加');
    await city.getByTestId('alloc-submit').click();
    const recent = city.getByTestId('alloc-recent');
    await recent.waitFor();
    expect(await recent.innerText()).toContain('¥1,000.00');
    await recent.getByRole('button').first().click();
    await type(city, 'reverse-reason', '金额有误，冲正');
    await city.getByTestId('reverse-submit').click();
    // A reversal cannot be undone: the dialog asks once more before posting.
    expect(await city.getByTestId('reverse-sure').innerText()).toContain('不能删除');
    await city.getByTestId('reverse-confirm').click();
    await closed(city, 'reverse-confirm');
    await recent.getByText('已冲正').waitFor();
    expect(await recent.innerText()).toMatch(/#(\d+) → 平安社区基金[\s\S]*冲正凭证 #(?!\1\b)\d+/);
    await city.screenshot({ path: '/tmp/funds-staff-allocation.png', fullPage: true });
    await Promise.all([worker.context().close(), official.context().close(), city.context().close()]);

    for (const [width, file] of [[1280, '/tmp/wushe-e2e-fund.png'], [390, '/tmp/wushe-e2e-fund-phone.png']] as const) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
      const page = await ctx.newPage();
      await page.goto(`${baseUrl}/public/funds`);
      await page.getByTestId('fund-TJ-C01').click();
      await page.getByTestId('fund-name').waitFor();
      expect(await page.getByTestId('fund-name').innerText()).toBe('平安社区基金');
      const projects = await page.getByTestId('fund-projects').innerText();
      expect(projects).toContain('雨棚与休息座椅');
      expect(projects).toContain('E2E-2026-01');
      const spent = await page.getByTestId('fund-expenditures').innerText();
      expect(spent).toContain(PAYEE);
      expect(spent).toContain('¥2,500.00');
      const gifts = await page.getByTestId('fund-donations').innerText();
      expect(gifts).toContain('赵**');
      expect(gifts).toContain('爱心人士（匿名）');
      expect(gifts).toContain('¥666.00');
      if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: file, fullPage: true });
      await ctx.close();
    }
    const list = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await list.newPage();
    await page.goto(`${baseUrl}/public/funds`);
    await page.getByTestId('chart-monthly').locator('canvas').waitFor();
    await page.screenshot({ path: '/tmp/wushe-e2e-funds-list.png' });
    await list.close();
  });

  it('账本 tab reverses a donation after a second confirmation; project start/completion, campaign close, 账本校验, payment schedule', async () => {
    const official = await staffPage('street');
    await openFund(official, 'TJ-C01');
    await official.getByTestId('tab-ledger').click();
    const ledger = official.getByTestId('staff-ledger');
    // The city's allocation into this fund, reversed above, is listed with its reversal.
    await ledger.locator('tr', { hasText: '年度配捐追加' }).getByText('已冲正').waitFor();
    const gift = ledger.locator('tr', { hasText: '¥2,000.00' }).filter({ hasText: '赵**' });
    await gift.locator('[data-testid^="ledger-reverse-"]').click();
    await type(official, 'reverse-reason', '捐赠人申请退款');
    await official.getByTestId('reverse-submit').click();
    await official.getByTestId('reverse-sure').waitFor();
    await official.getByTestId('reverse-confirm').click();
    await closed(official, 'reverse-confirm');
    await gift.getByText('已冲正').waitFor();
    const reversalSeq = /冲正凭证 #(\d+)/.exec(await gift.innerText())![1]!;
    const reversal = ledger.locator('tr.ant-table-row', { hasText: `#${reversalSeq}` }).filter({ hasText: '捐赠人申请退款' });
    expect(await reversal.count()).toBe(1);
    expect(await reversal.innerText()).toContain('¥2,000.00');
    await official.screenshot({ path: '/tmp/funds-staff-ledger.png', fullPage: true });

    const confirm = () => official.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await official.getByTestId('tab-projects').click();
    await official.getByTestId('campaign-close-雨棚筹款').click();
    await confirm();
    await official.getByTestId('staff-campaigns').locator('tr', { hasText: '雨棚筹款' }).getByText('已结束').waitFor();
    await official.getByTestId('project-start-雨棚与休息座椅').click();
    await confirm();
    await official.getByTestId('project-complete-雨棚与休息座椅').click();
    await confirm();
    await official.getByTestId('staff-projects').locator('tr', { hasText: '雨棚与休息座椅' }).getByText('已结项').waitFor();

    await official.getByTestId('menu-funds-admin').click();
    await official.getByTestId('ledger-check').click();
    expect(await official.getByTestId('ledger-check-result').innerText()).toContain('账本一致');
    await official.context().close();

    // The banner's 政府购买服务 budget line shows its contract's payment schedule, instalment by milestone.
    const banner = await staffPage('banner');
    await openFund(banner, 'GOV-YJ-PS');
    await banner.getByTestId('tab-schedule').click();
    const schedule = banner.getByTestId('staff-schedule');
    // The demo contract's schedule; an award finalised by an earlier journey (closed-loop.spec) adds its own.
    await schedule.getByText('第1期').first().waitFor();
    expect(await schedule.innerText()).toContain('已支付');
    expect(await schedule.innerText()).toContain('伊金霍洛旗阳光社会工作服务中心');
    await banner.screenshot({ path: '/tmp/funds-staff-schedule.png', fullPage: true });
    await banner.context().close();
  });

  it('the staff screens work on a 390 px phone (screenshots)', async () => {
    for (const [width, tag] of [[1280, 'desktop'], [390, 'phone']] as const) {
      const page = await staffPage('street', width);
      await page.goto(`${baseUrl}/funds`);
      await page.getByTestId('staff-fund-TJ-C01').waitFor();
      await page.screenshot({ path: `/tmp/funds-staff-list-${tag}.png`, fullPage: true });
      await page.getByTestId('staff-fund-TJ-C01').click();
      await page.getByTestId('staff-fund-balances').waitFor();
      expect(await page.getByTestId('staff-balance-available').innerText()).toMatch(/¥[\d,]+\.\d\d/);
      if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: `/tmp/funds-staff-fund-${tag}.png`, fullPage: true });
      await page.getByTestId('tab-donations').click();
      await page.getByTestId('donation-record').click();
      await page.getByTestId('donation-submit').waitFor();
      await page.waitForTimeout(500); // let the modal's opening animation finish before the screenshot
      await page.screenshot({ path: `/tmp/funds-staff-donation-${tag}.png` });
      await page.context().close();
    }
  });
});
