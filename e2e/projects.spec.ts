import QRCode from 'qrcode';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn } from './browser.js';

// Delivery and 考榜 in the browser: an official downloads a final report, a provider records an activity with a photo
// on a phone, a resident rates through the 码上评 link on a phone, and anyone reads the public results and lists.
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** A logged-in API client for setting up state the journey starts from. */
async function apiAs(username: string) {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'wushe2026' }) });
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${baseUrl}${path}`, { method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.json() as Promise<Record<string, never>>;
  };
}

describe('projects journey', () => {
  it('an official opens the finished demo project and downloads its 结项报告 PDF', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await logIn(page, baseUrl, 'street');
    await page.goto(`${baseUrl}/projects`);
    await page.getByTestId('project-table').getByText('平安社区“银龄相伴”居家养老服务项目').click();
    await page.getByRole('tab', { name: '考榜' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download').click()]);
    expect(download.suggestedFilename()).toBe('平安社区“银龄相伴”居家养老服务项目-结项报告.pdf');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');
    await page.screenshot({ path: '/tmp/wushe-projects-evaluation.png', fullPage: true });
    await page.getByRole('tab', { name: '过程留痕' }).click();
    await expect.poll(() => page.getByTestId('timeline').innerText()).toContain('出具考榜结果');
    await page.close();
  });

  it('the provider records an activity with a photo from a 390 px phone', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await logIn(page, baseUrl, 'org1');
    await page.goto(`${baseUrl}/projects?x=1`);
    await page.getByText('平安社区“四点半课堂”青少年托管服务项目').first().click();
    await page.getByTestId('project-title').waitFor();
    await page.getByRole('tab', { name: '服务活动' }).click();
    await page.getByTestId('activity-add').click();
    await page.getByTestId('activity-place').fill('平安社区四点半课堂教室');
    await page.getByTestId('activity-content').fill('手机端登记：书法兴趣课');
    const png = await QRCode.toBuffer('活动照片', { type: 'png', width: 200 });
    await page.locator('.ant-drawer input[type=file]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
    await page.locator('.ant-drawer .ant-image img').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: '/tmp/wushe-projects-activity-phone.png' });
    await page.getByTestId('activity-submit').click();
    await page.locator('.ant-list-item').filter({ hasText: '手机端登记：书法兴趣课' }).waitFor();
    await page.screenshot({ path: '/tmp/wushe-projects-activity-after.png' });
    await context.close();
  });

  it('a resident rates a project in 考榜 through the 码上评 link on a phone', async () => {
    const street = await apiAs('street');
    const org2 = await apiAs('org2');
    const { items } = await street('GET', '/api/projects?q=' + encodeURIComponent('睦邻点')) as unknown as { items: { id: string }[] };
    const id = items[0]!.id;
    const p = await street('GET', `/api/projects/${id}`) as unknown as { milestones: { id: string; status: string }[]; ratingToken: string };
    for (const m of p.milestones) {
      if (m.status === 'pending') await org2('POST', `/api/projects/${id}/milestones/${m.id}/submit`, { evidence: '已完成', photoIds: [] });
      await street('POST', `/api/projects/${id}/milestones/${m.id}/review`, { action: 'approve' });
    }
    await street('POST', `/api/projects/${id}/transition`, { action: 'open_evaluation' });

    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await logIn(page, baseUrl, 'resident');
    await page.goto(`${baseUrl}/rate/${p.ratingToken}`);
    await expect.poll(() => page.getByTestId('rate-title').innerText()).toBe('平安社区邻里互助睦邻点建设项目');
    await page.getByText(/以居民账号.*评价/).waitFor();
    await page.getByText('非常满意').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: '/tmp/wushe-projects-rate-phone.png', fullPage: true });
    await page.getByTestId('rate-submit').click();
    await page.getByText('感谢您的评价！').waitFor();
    const ev = await street('GET', `/api/projects/${id}/evaluation`) as unknown as { parties: { party: string; count: number }[] };
    expect(ev.parties.find((x) => x.party === 'residents')!.count).toBe(1);

    // Without an account the page asks for a phone number and a one-time code.
    const anon = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const anonPage = await anon.newPage();
    await anonPage.goto(`${baseUrl}/rate/${p.ratingToken}`);
    await anonPage.getByTestId('rate-phone').waitFor();
    await anonPage.getByTestId('rate-get-code').waitFor();
    await anon.close();
    await context.close();
  });

  it('anyone reads the public results and the red list, with no personal data', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/public/evaluations`);
    await expect.poll(() => page.getByTestId('public-results').innerText()).toContain('平安社区“银龄相伴”居家养老服务项目');
    expect(await page.getByTestId('public-results').innerText()).toContain('93.10');
    await page.screenshot({ path: '/tmp/wushe-projects-public.png', fullPage: true });
    await page.goto(`${baseUrl}/public/standings`);
    await expect.poll(() => page.getByTestId('public-standings').innerText()).toContain('伊金霍洛旗阳光社会工作服务中心');
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/1[3-9]\d{9}|周桂兰|高娜/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: '/tmp/wushe-projects-standings.png', fullPage: true });
    await context.close();
  });
});
