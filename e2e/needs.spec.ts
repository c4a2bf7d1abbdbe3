import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn } from './browser.js';

// The needs loop in the browser: a resident orders on a phone → the street assigns an expert → the expert scores
// → the street accepts, with the timeline on the detail page; then the public menu, an order and the organisation's answer.
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

async function pickOption(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

async function phone(username: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await context.newPage();
  await logIn(page, baseUrl, username);
  return { context, page };
}

let needUrl = '';

describe('needs list and 评榜 in the browser', () => {
  it('a resident reports a need on a 390 px phone and sees it in 我提交的需求', async () => {
    const { context, page } = await phone('resident');
    await page.goto(`${baseUrl}/needs/order`);
    await page.getByTestId('need-order-page').waitFor();
    await pickOption(page, 'need-category', '养老');
    await page.getByTestId('need-title').fill('楼里老人想要上门理发');
    await page.getByTestId('need-description').fill('平安小区6号楼几位八十多岁的老人行动不便，出门理发困难，希望有志愿者定期上门理发。');
    await page.getByTestId('need-phone').fill('13947705678');
    await page.getByTestId('need-submit').click();
    await page.getByTestId('my-needs').getByText('楼里老人想要上门理发').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: '/tmp/wushe-e2e-need-order.png', fullPage: true });
    await page.getByTestId('my-needs').getByText('楼里老人想要上门理发').click();
    await page.getByTestId('need-detail').waitFor();
    needUrl = page.url().replace(baseUrl, '');
    expect(await page.getByTestId('need-detail').innerText()).toContain('139****5678');
    await context.close();
  });

  it('the street official assigns the expert, the expert scores, the official accepts; the timeline shows each step', async () => {
    const street = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(street, baseUrl, 'street');
    await street.goto(`${baseUrl}/needs`);
    await street.getByTestId('needs-table').getByText('楼里老人想要上门理发').waitFor();
    await street.goto(`${baseUrl}${needUrl}`);
    await pickOption(street, 'assessor-select', '郭教授');
    await street.getByTestId('assign-submit').click();
    await street.getByTestId('process-timeline').getByText('分派评估').waitFor();

    const expert = await browser.newPage();
    await logIn(expert, baseUrl, 'expert');
    await expert.goto(`${baseUrl}/needs/assessments`);
    await expert.getByTestId('assessments-table').locator('tr', { hasText: '楼里老人想要上门理发' }).getByRole('link', { name: '去评估' }).click();
    const score = (name: string) => expert.locator(`input[data-testid=score-${name}], [data-testid=score-${name}] input`).first();
    await score('importance').fill('4');
    await score('urgency').fill('4');
    await score('feasibility').fill('5');
    await expert.getByTestId('score-comment').fill('需求真实，志愿者资源可对接，建议采纳。');
    await expert.getByTestId('score-submit').click();
    await expert.getByTestId('process-timeline').getByText('专家评估').waitFor();
    await expert.close();

    await street.reload();
    // 0.4·4 + 0.4·4 + 0.2·5 = 4.2 → priority 1
    await expect.poll(() => street.getByTestId('suggestion').innerText()).toContain('建议优先级 1');
    await street.getByTestId('decision-submit').click();
    await expect.poll(() => street.getByTestId('need-status').first().innerText()).toBe('已采纳');
    const steps = await street.getByTestId('process-timeline').innerText();
    for (const s of ['提交需求', '分派评估', '专家评估', '采纳']) expect(steps).toContain(s);
    await street.screenshot({ path: '/tmp/wushe-e2e-need-detail.png', fullPage: true });
    await street.close();
  });

  it('the public menu opens without login on a phone; a resident orders and the organisation accepts', async () => {
    const anon = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await anon.goto(`${baseUrl}/catalogue`);
    await anon.getByTestId('catalogue-item').first().waitFor();
    expect(await anon.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await anon.screenshot({ path: '/tmp/wushe-e2e-catalogue.png' });
    await anon.close();

    const { context, page } = await phone('resident');
    await page.goto(`${baseUrl}/catalogue`);
    await page.getByTestId('order-button').first().click();
    await page.getByTestId('order-note').fill('想为老伴预约这项服务。');
    await page.getByTestId('order-phone').fill('13947705678');
    await page.getByTestId('order-submit').click();
    await page.locator('.ant-message').getByText('已下单').waitFor();
    await context.close();

    const org = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(org, baseUrl, 'org1');
    await org.goto(`${baseUrl}/menu/orders`);
    await org.getByTestId('orders-table').getByText('想为老伴预约').or(org.getByTestId('orders-table').locator('tbody tr.ant-table-row').first()).first().waitFor();
    await org.getByTestId('orders-table').locator('tbody tr.ant-table-row').first().click();
    await org.getByTestId('order-accept').click();
    await org.getByTestId('process-timeline').getByText('接单').waitFor();
    await org.close();
  });
});
