import type { APIRequestContext, Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.js';

// 居民点单—管委会立项—社会筹款—精准落地, end to end. The staff steps go through the HTTP API (the staff screens for money
// are not built yet); what the public sees is checked in the browser, on a desktop and on a 390 px phone.
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

async function staff(request: APIRequestContext, username: string) {
  const login = await request.post(`${baseUrl}/api/auth/login`, { data: { username, password: 'wushe2026' } });
  const csrf = (await login.json()).csrfToken as string;
  let n = 0;
  return async (url: string, data?: unknown) => {
    const r = await request.post(`${baseUrl}${url}`, { data: data ?? {}, headers: { 'x-csrf-token': csrf, 'idempotency-key': `e2e-${username}-${Date.now()}-${++n}` } });
    if (!r.ok()) throw new Error(`${url}: ${r.status()} ${await r.text()}`);
    return r.json();
  };
}

describe('fund journey', () => {
  it('committee approves → campaign → donations (one anonymous) → receipt → second-person approval → payment → public page', async () => {
    const worker = await browser.newContext();
    const official = await browser.newContext();
    const post = await staff(worker.request, 'community');
    const approve = await staff(official.request, 'street');
    const funds = (await (await worker.request.get(`${baseUrl}/api/public/funds`)).json()).items as { id: string; code: string }[];
    const fund = funds.find((f) => f.code === 'TJ-C01')!;
    const members = (await (await worker.request.get(`${baseUrl}/api/funds/${fund.id}`)).json()).committee.map((m: { name: string }) => m.name);
    const project = await post(`/api/funds/${fund.id}/projects`, { title: '雨棚与休息座椅', description: '小区门口加装雨棚和座椅', category: 'elderly', beneficiaries: 260, budgetFen: 1_800_000 });
    await post(`/api/funds/projects/${project.id}/vote`, { present: members, for: members.length, against: 0, abstain: 0, decisionNo: 'E2E-2026-01', decidedOn: '2026-11-20' });
    const campaign = await post(`/api/funds/projects/${project.id}/campaigns`, { title: '雨棚筹款', targetFen: 900_000, deadline: '2099-12-31' });
    const named = await post('/api/funds/donations', { fundId: fund.id, campaignId: campaign.id, amountFen: 200_000, channel: 'bank_transfer', channelRef: `E2E-${Date.now()}`, donorName: '赵文斌', isAnonymous: false, receivedAt: new Date().toISOString() });
    await post('/api/funds/donations', { fundId: fund.id, campaignId: campaign.id, amountFen: 66_600, channel: 'wechat', channelRef: `E2E-A-${Date.now()}`, isAnonymous: true, receivedAt: new Date().toISOString() });
    const receipt = await worker.request.get(`${baseUrl}/api/public/funds/donations/${named.id}/receipt.pdf`);
    expect((await receipt.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const d = await post('/api/funds/disbursements', { fundId: fund.id, projectId: project.id, payeeName: '伊金霍洛旗阳光社会工作服务中心', amountFen: 250_000, purpose: '雨棚材料与安装' });
    await approve(`/api/funds/disbursements/${d.id}/approve`);
    await approve(`/api/funds/disbursements/${d.id}/pay`);

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
      expect(spent).toContain('伊金霍洛旗阳光社会工作服务中心');
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
    await Promise.all([worker.close(), official.close(), list.close()]);
  });
});
