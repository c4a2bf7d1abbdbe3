import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn } from './browser.js';

// Issue 4's whole closed loop in one browser journey, in order, on a fresh demo server: a resident reports a need on a
// phone → the community worker sees it in the needs list → the street official assigns the expert, the expert scores,
// the official accepts → 发榜 from that need → 揭榜 by org1 (eligible) and org2 (ineligible, told why) → 承榜: the panel
// scores, award, notice, finalise → the project with the bid's timeline as milestones → delivery and approval →
// 码上评 on a phone → 考榜 by the four parties → the 结项报告 PDF.
// Every step goes through the pages. Two waits cannot pass in real time — the 揭榜 deadline (the form's default is 14
// days ahead) and the 5-day award notice (the form allows no less than 1 day) — so the test moves the e2e server's clock
// forward through the test-only preload e2e/time-shift.ts; the product itself has no backdoor.
const baseUrl = inject('baseUrl');
const timeShiftFile = inject('timeShiftFile');
const DAY = 86_400_000;
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => {
  writeFileSync(timeShiftFile, '0'); // later specs in the same run see real time again
  await browser?.close();
});

// A failed step leaves its pages open: keep what they showed, then close them so the next step starts clean.
afterEach(async (ctx) => {
  let n = 0;
  for (const context of browser.contexts()) {
    for (const page of context.pages()) if (ctx.task.result?.state === 'fail') await page.screenshot({ path: `/tmp/closed-loop-fail-${++n}.png`, fullPage: true }).catch(() => undefined);
    await context.close();
  }
});

const NEED = '平安小区7号楼楼道夜间无照明';
const CALL = '平安社区楼道照明与夜间安全服务';
const PROJECT = CALL;
let needUrl = '';
let callUrl = '';
let projectUrl = '';

async function desk(username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await logIn(page, baseUrl, username);
  return page;
}
async function phone(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await logIn(page, baseUrl, username);
  return page;
}
async function pickOption(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}
async function done(page: Page) { await page.context().close(); }
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/closed-loop-${name}.png`, fullPage: true });

describe('the closed loop: needs list → 评榜 → 发榜 → 揭榜 → 承榜 → delivery → 考榜', () => {
  it('a resident reports a need on a 390 px phone', async () => {
    const page = await phone('resident');
    await page.goto(`${baseUrl}/needs/order`);
    await page.getByTestId('need-order-page').waitFor();
    await pickOption(page, 'need-category', '养老');
    await page.getByTestId('need-title').fill(NEED);
    await page.getByTestId('need-description').fill('7号楼二单元楼道的声控灯坏了半年，晚上老人上下楼摸黑，已经有人摔倒，希望尽快修好并有人定期巡查。');
    await page.getByTestId('need-phone').fill('13947701234');
    await page.getByTestId('need-submit').click();
    await page.getByTestId('my-needs').getByText(NEED).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, '01-resident-order');
    await page.getByTestId('my-needs').getByText(NEED).click();
    await page.getByTestId('need-detail').waitFor();
    needUrl = page.url().replace(baseUrl, '');
    await done(page);
  });

  it('the community worker finds it in the needs list of 平安社区', async () => {
    const page = await desk('community');
    await page.goto(`${baseUrl}/needs`);
    await page.getByTestId('needs-table').getByText(NEED).waitFor();
    await page.getByTestId('needs-table').getByText(NEED).click();
    await page.getByTestId('need-detail').waitFor();
    // The worker sees the masked contact only.
    expect(await page.getByTestId('need-detail').innerText()).toContain('139****1234');
    await shot(page, '02-community-needs');
    await done(page);
  });

  it('评榜: the street official assigns the expert, the expert scores, the official accepts', async () => {
    const street = await desk('street');
    await street.goto(`${baseUrl}${needUrl}`);
    await street.getByTestId('need-detail').waitFor();
    await pickOption(street, 'assessor-select', '郭教授');
    await street.keyboard.press('Escape');
    await street.getByTestId('assign-submit').click();
    await street.getByTestId('process-timeline').getByText('分派评估').waitFor();

    const expert = await desk('expert');
    await expert.goto(`${baseUrl}/needs/assessments`);
    await expert.getByTestId('assessments-table').locator('tr', { hasText: NEED }).getByRole('link', { name: '去评估' }).click();
    const score = (name: string) => expert.locator(`input[data-testid=score-${name}], [data-testid=score-${name}] input`).first();
    await score('importance').fill('5');
    await score('urgency').fill('5');
    await score('feasibility').fill('4');
    await expert.getByTestId('score-comment').fill('涉及老人夜间出行安全，建议采纳并纳入发榜。');
    await expert.getByTestId('score-submit').click();
    await expert.getByTestId('process-timeline').getByText('专家评估').waitFor();
    await done(expert);

    await street.reload();
    // 0.4·5 + 0.4·5 + 0.2·4 = 4.8 → priority 1
    await expect.poll(() => street.getByTestId('suggestion').innerText()).toContain('建议优先级 1');
    await street.getByTestId('decision-submit').click();
    await expect.poll(() => street.getByTestId('need-status').first().innerText()).toBe('已采纳');
    await shot(street, '03-need-accepted');
    await done(street);
  });

  it('发榜: the official publishes a call from the accepted need', async () => {
    const page = await desk('street');
    await page.getByTestId('menu-calls').click();
    await page.getByTestId('calls-new').click();
    await page.getByTestId('call-title').fill(CALL);
    await page.getByTestId('call-content').fill('排查并修复平安小区楼道照明，建立夜间安全巡查队，每月巡查两次。');
    await pickOption(page, 'call-needs', NEED);
    await page.keyboard.press('Escape');
    await page.getByTestId('call-region').fill('150627100001');
    await page.getByTestId('call-budget').fill('60000');
    // org1 already carries demo projects; room for one more under 资源限流.
    await page.getByLabel('每个组织同时承接上限（资源限流）').fill('10');
    await expect.poll(() => page.getByTestId('call-weight-sum').innerText()).toBe('权重合计：100（须为100）');
    await page.getByTestId('call-save').click();
    await page.getByTestId('call-publish').click();
    await expect.poll(() => page.getByTestId('call-status').innerText()).toBe('揭榜中');
    callUrl = page.url().replace(baseUrl, '');
    await shot(page, '04-call-published');
    await done(page);
  });

  async function bid(username: string, intent: string) {
    const page = await desk(username);
    await page.goto(`${baseUrl}${callUrl}`);
    await page.getByTestId('bid-new').click();
    await page.getByTestId('bid-intent').fill(intent);
    await page.getByTestId('bid-plan').fill('第一月完成楼道照明排查和维修，第二月组建居民夜间巡查队并常态化运行。');
    await page.getByTestId('bid-line-amount-0').fill('50000');
    await page.getByTestId('bid-team-name-0').fill('王晓燕');
    await page.getByTestId('bid-step-0').fill('楼道照明排查与维修');
    await page.getByRole('button', { name: '添加计划' }).click().catch(() => undefined);
    await page.getByTestId('bid-step-1').fill('组建夜间巡查队');
    await page.getByTestId('bid-save').click();
    await page.getByTestId('bid-submit').click();
    return page;
  }

  it('揭榜: org1 bids and is eligible; org2 bids and is told why it is not', async () => {
    const org1 = await bid('org1', '伊金霍洛旗阳光社会工作服务中心愿意承接本项目。');
    await expect.poll(() => org1.getByTestId('bid-伊金霍洛旗阳光社会工作服务中心').getByTestId('bid-status').innerText()).toBe('已提交');
    await shot(org1, '05-org1-bid');
    await done(org1);

    const org2 = await bid('org2', '东胜区春晖养老服务中心愿意承接本项目。');
    await org2.getByTestId('bid-failures').waitFor();
    const text = await org2.getByTestId('bid-failures').innerText();
    expect(text).toContain('列入活动异常名录');
    expect(text).toContain('未在服务区域（平安社区居委会）内登记或运营');
    // Before the deadline org2 sees its own bid only.
    expect(await org2.getByTestId('bid-伊金霍洛旗阳光社会工作服务中心').count()).toBe(0);
    await shot(org2, '06-org2-ineligible');
    await done(org2);
  });

  it('承榜: after the deadline the panel scores, the official awards and, after the notice, finalises', async () => {
    writeFileSync(timeShiftFile, String(15 * DAY)); // past the 14-day 揭榜 deadline
    const street = await desk('street');
    await street.goto(`${baseUrl}${callUrl}`);
    await street.getByTestId('call-close').click();
    await expect.poll(() => street.getByTestId('call-status').innerText()).toBe('已截止');
    // The panel: the street official himself and the expert (options are filtered by username as one types).
    await street.getByTestId('panel-select').click();
    for (const u of ['street', 'expert']) {
      await street.keyboard.type(u);
      await street.locator('.ant-select-dropdown:visible .ant-select-item-option-active').waitFor();
      await street.keyboard.press('Enter');
    }
    await street.keyboard.press('Escape');
    await street.getByTestId('panel-save').click();
    await street.getByTestId('call-start').click();
    await expect.poll(() => street.getByTestId('call-status').innerText()).toBe('评审中');

    const scoreAs = async (page: Page, scores: [string, string][]) => {
      await page.getByTestId('bid-伊金霍洛旗阳光社会工作服务中心').getByTestId('bid-review').click();
      for (const [k, v] of scores) await page.getByTestId(`review-score-${k}`).fill(v);
      await page.getByTestId('review-save').click();
      await page.locator('.ant-modal').waitFor({ state: 'detached' });
    };
    await scoreAs(street, [['plan', '80'], ['team', '90'], ['budget', '70'], ['record', '80']]);
    const expert = await desk('expert');
    await expert.goto(`${baseUrl}${callUrl}`);
    await scoreAs(expert, [['plan', '90'], ['team', '80'], ['budget', '90'], ['record', '90']]);
    await done(expert);
    await street.reload();
    // street 0.4·80+0.3·90+0.15·70+0.15·80 = 81.5; expert 0.4·90+0.3·80+0.15·90+0.15·90 = 87; mean 84.25
    await expect.poll(() => street.getByTestId('score-table').innerText(), { timeout: 10_000 }).toContain('84.25');
    await street.getByTestId('award-伊金霍洛旗阳光社会工作服务中心').click();
    await expect.poll(() => street.getByTestId('call-status').innerText()).toBe('中标公示');
    await shot(street, '07-awarded');
    await done(street);

    writeFileSync(timeShiftFile, String(21 * DAY)); // the 5-day notice period is over
    const again = await desk('street');
    await again.goto(`${baseUrl}${callUrl}`);
    await again.getByTestId('call-finalise').click();
    await expect.poll(() => again.getByTestId('call-status').innerText()).toBe('已确定承接方');
    await shot(again, '08-finalised');
    // The need moved on with the award.
    await again.goto(`${baseUrl}${needUrl}`);
    await expect.poll(() => again.getByTestId('need-status').first().innerText()).toBe('实施中');
    await done(again);
  });

  it('the project appears with the bid timeline as milestones; org1 delivers, the official approves', async () => {
    const org1 = await desk('org1');
    await org1.goto(`${baseUrl}/projects`);
    await org1.getByTestId('project-table').getByText(PROJECT).first().click();
    await org1.getByTestId('project-title').waitFor();
    projectUrl = org1.url().replace(baseUrl, '');
    const milestones = await org1.getByTestId('milestones').innerText();
    expect(milestones).toContain('第1个月：楼道照明排查与维修');
    expect(milestones).toContain('第2个月：组建夜间巡查队');
    await org1.getByRole('button', { name: '进场实施' }).click();
    await org1.locator('.ant-modal-confirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    // A service activity with a photo, recorded from the provider's phone.
    const mobile = await phone('org1');
    await mobile.goto(`${baseUrl}${projectUrl}`);
    await mobile.getByRole('tab', { name: '服务活动' }).click();
    await mobile.getByTestId('activity-add').click();
    await mobile.getByTestId('activity-place').fill('平安小区7号楼');
    await mobile.getByTestId('activity-content').fill('楼道照明排查：逐层检查声控灯并登记损坏情况');
    const png = await QRCode.toBuffer('楼道照明排查', { type: 'png', width: 200 });
    await mobile.locator('.ant-drawer input[type=file]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
    await mobile.locator('.ant-drawer .ant-image img').first().waitFor();
    await mobile.getByTestId('activity-submit').click();
    await mobile.locator('.ant-list-item').filter({ hasText: '楼道照明排查：逐层检查声控灯' }).waitFor();
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(mobile, '09a-activity-phone');
    await done(mobile);
    await org1.reload();
    for (const text of ['更换声控灯42盏，楼道照明全部恢复。', '巡查队12人，已巡查4次。']) {
      await org1.getByTestId('milestones').getByRole('button', { name: '提交验收' }).first().click();
      await org1.locator('.ant-modal textarea').fill(text);
      await org1.locator('.ant-modal').getByRole('button', { name: /确\s*定|OK/ }).click();
      await org1.getByTestId('milestones').getByText(text.slice(0, 8)).waitFor();
    }
    await shot(org1, '09-milestones-submitted');
    await done(org1);

    const street = await desk('street');
    await street.goto(`${baseUrl}${projectUrl}`);
    for (let i = 0; i < 2; i++) {
      await street.getByTestId('milestones').getByRole('button', { name: '验收通过' }).first().click();
      await expect.poll(() => street.getByTestId('milestones').getByRole('button', { name: '验收通过' }).count()).toBe(1 - i);
    }
    await street.getByTestId('open-evaluation').click();
    await street.locator('.ant-modal-confirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await street.getByRole('tab', { name: '考榜' }).click();
    await street.getByTestId('rating-qr').waitFor();
    await shot(street, '10-evaluation-open');
    await done(street);
  });

  it('码上评 on a phone, 考榜 by the four parties, and the 结项报告 PDF', async () => {
    // The link printed under the QR code is what a resident's phone opens.
    const street = await desk('street');
    await street.goto(`${baseUrl}${projectUrl}`);
    await street.getByRole('tab', { name: '考榜' }).click();
    const ratingUrl = await street.getByRole('link', { name: /\/rate\// }).getAttribute('href');
    const ratePath = new URL(ratingUrl!).pathname;
    expect(ratePath).toMatch(/^\/rate\/.+/);

    const resident = await phone('resident');
    await resident.goto(`${baseUrl}${ratePath}`);
    await expect.poll(() => resident.getByTestId('rate-title').innerText()).toBe(PROJECT);
    await resident.getByText('非常满意').click(); // 100
    expect(await resident.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(resident, '11-rate-phone');
    await resident.getByTestId('rate-submit').click();
    await resident.getByText('感谢您的评价！').waitFor();
    await done(resident);

    // 社区党组织 (community worker), 职能部门 (street official), 专家 (expert) score in the 考榜 tab.
    const scoreAs = async (page: Page, score: string) => {
      await page.goto(`${baseUrl}${projectUrl}`);
      await page.getByRole('tab', { name: '考榜' }).click();
      await page.locator('input[data-testid=score-input], [data-testid=score-input] input').first().fill(score);
      await page.getByTestId('score-submit').click();
      await page.getByText(`${score}`, { exact: false }).first().waitFor();
      await expect.poll(() => page.getByTestId('score-submit').count()).toBe(0);
    };
    for (const [user, score] of [['community', '90'], ['expert', '88']] as const) {
      const page = await desk(user);
      await scoreAs(page, score);
      await done(page);
    }
    await scoreAs(street, '85');
    // 0.3·90 + 0.3·100 + 0.2·85 + 0.2·88 = 27 + 30 + 17 + 17.6 = 91.6 → 优秀
    await street.getByTestId('evaluation-finalise').click();
    await street.getByTestId('report-download').waitFor();
    expect(await street.locator('.ant-statistic').first().innerText()).toContain('91.60');
    await shot(street, '12-evaluated');
    const [download] = await Promise.all([street.waitForEvent('download'), street.getByTestId('report-download').click()]);
    expect(download.suggestedFilename()).toBe(`${PROJECT}-结项报告.pdf`);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const pdf = Buffer.concat(chunks);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A real PDF: pdf.js opens it and reads the Chinese text back.
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
    let text = '';
    for (let i = 1; i <= doc.numPages; i++) text += (await (await doc.getPage(i)).getTextContent()).items.map((x) => ('str' in x ? x.str : '')).join('');
    expect(text).toContain('结项报告');
    expect(text).toContain(PROJECT);
    expect(text).toContain('第1个月：楼道照明排查与维修');
    expect(text).toContain('优秀');
    await doc.destroy();
    await done(street);
  });
});
