import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn } from './browser.js';

// Issue 4's 发榜—揭榜—承榜 in the browser on the demo calls: a panellist scores, an ineligible organisation
// bids and is told why, and the public (no login, on a phone) reads the award with its scores.
const baseUrl = inject('baseUrl');
let browser: Browser;
const shots = process.env.E2E_SCREENSHOTS;

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

async function desk(): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  return context.newPage();
}

describe('calls journey', () => {
  it('a panellist scores a bid and sees the weighted and z-score results side by side', async () => {
    const page = await desk();
    await logIn(page, baseUrl, 'street');
    await page.getByTestId('menu-calls').click();
    await page.getByText('阿勒腾席热镇青少年四点半课堂').click();
    await expect.poll(() => page.getByTestId('call-status').innerText()).toBe('评审中');
    await page.getByTestId('bid-伊金霍洛旗阳光社会工作服务中心').getByTestId('bid-review').click();
    for (const [k, v] of [['plan', '80'], ['team', '90'], ['budget', '70'], ['record', '80']]) await page.getByTestId(`review-score-${k}`).fill(v!);
    await page.getByTestId('review-save').click();
    // expert (seeded): 0.4·88+0.3·85+0.15·80+0.15·90 = 86.2; street: 0.4·80+0.3·90+0.15·70+0.15·80 = 81.5; mean 83.85
    await expect.poll(() => page.getByTestId('score-table').innerText(), { timeout: 10_000 }).toContain('83.85');
    await expect.poll(() => page.getByTestId('call-timeline').innerText()).toContain('开始承榜评审');
    if (shots) await page.screenshot({ path: `${shots}/calls-scoring.png`, fullPage: true });
  });

  it('an organisation outside the region bids and is told every failed rule', async () => {
    const page = await desk();
    await logIn(page, baseUrl, 'org2');
    await page.getByTestId('menu-calls').click();
    await page.getByText('平安社区高龄独居老人助餐与探访服务').click();
    await page.getByTestId('bid-new').click();
    await page.getByTestId('bid-intent').fill('春晖养老服务中心愿意承接本项目。');
    await page.getByTestId('bid-plan').fill('助餐配送、探访、应急响应三位一体。');
    await page.getByTestId('bid-line-amount-0').fill('150000');
    await page.getByTestId('bid-team-name-0').fill('陈磊');
    await page.getByTestId('bid-step-0').fill('摸底建档');
    await page.getByTestId('bid-save').click();
    await page.getByTestId('bid-submit').click();
    const failures = page.getByTestId('bid-failures');
    await failures.waitFor();
    const text = await failures.innerText();
    expect(text).toContain('东胜区春晖养老服务中心未在服务区域（平安社区居委会）内登记或运营');
    expect(text).toContain('列入活动异常名录');
    // Before the deadline the organisation sees its own bid only, never org1's sealed one.
    expect(await page.getByTestId('bid-伊金霍洛旗阳光社会工作服务中心').count()).toBe(0);
    if (shots) await page.screenshot({ path: `${shots}/calls-bid-ineligible.png`, fullPage: true });
  });

  it('the public reads the finalised award with scores on a phone, without logging in', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/open/calls`);
    await page.getByText('乌兰木伦镇邻里矛盾纠纷多元化解服务').click();
    await page.getByTestId('public-award').first().waitFor();
    expect(await page.getByTestId('public-award').first().innerText()).toContain('伊金霍洛旗乌兰木伦镇同心矛盾调解服务中心');
    expect(await page.getByTestId('public-scores').innerText()).toContain('88.83');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    if (shots) await page.screenshot({ path: `${shots}/calls-public-phone.png`, fullPage: true });
  });

  it('the publish form adds up the criterion weights as the official types', async () => {
    const page = await desk();
    await logIn(page, baseUrl, 'street');
    await page.getByTestId('menu-calls').click();
    await page.getByTestId('calls-new').click();
    await expect.poll(() => page.getByTestId('call-weight-sum').innerText()).toBe('权重合计：100（须为100）');
    await page.getByPlaceholder('权重').first().fill('50');
    await expect.poll(() => page.getByTestId('call-weight-sum').innerText()).toBe('权重合计：110（须为100）');
    if (shots) await page.screenshot({ path: `${shots}/calls-publish-form.png`, fullPage: true });
  });
});
