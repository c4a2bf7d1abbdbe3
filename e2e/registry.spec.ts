import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn } from './browser.js';

// The base register in a browser: a city official imports two departments' lists, confirms the uncertain pair,
// opens an entry with its sources; street staff record a verification on a 390 px phone.
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const MARKET = '\ufeff企业名称,统一社会信用代码,法定代表人,联系电话,住所\r\n伊金霍洛旗恒达商贸有限公司,91440300708461136T,王伟,13947700123,伊金霍洛旗阿勒腾席热镇天骄路18号\r\n鄂尔多斯市金辉物流有限公司,914403001922038216,李强,0477-88123456,东胜区交通街道林荫路1号\r\n';
const TAX = '纳税人名称,纳税人识别号,联系电话,法定代表人\r\n恒達商貿有限公司,91440300708461136t,139-4770-0123,\r\n金辉物流有限公司,,,赵六\r\n';

/** A logged-in API session for set-up steps the journey does not cover (creating the task). */
async function apiSession(username: string) {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'wushe2026' }) });
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    get: (url: string) => fetch(`${baseUrl}${url}`, { headers: { cookie } }).then((r) => r.json()),
    post: (url: string, body: unknown) => fetch(`${baseUrl}${url}`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json()),
  };
}

describe('base register', () => {
  it('imports, reviews and shows provenance', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, baseUrl, 'city');
    await page.getByTestId('menu-registry').click();
    await page.getByRole('tab', { name: '导入部门名录' }).click();
    for (const [name, text] of [['市场监督管理局_2026.csv', MARKET], ['税务局_2026.csv', TAX]] as const) {
      await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
      await expect.poll(() => page.getByTestId('registry-department').inputValue()).toBe(name.split('_')[0]);
      await page.getByTestId('registry-preview').click();
      await page.getByTestId('registry-commit').click();
      await page.getByTestId('registry-report').waitFor();
    }
    expect(await page.getByTestId('registry-report').innerText()).toContain('待人工确认 1 对');
    await page.screenshot({ path: '/tmp/wushe-e2e-registry-import.png' });
    await page.getByRole('tab', { name: '待人工确认' }).click();
    await page.getByTestId('review-item').waitFor();
    await page.screenshot({ path: '/tmp/wushe-e2e-registry-review.png' });
    await page.getByTestId('review-confirm').click();
    await page.getByText('没有待确认的记录').waitFor();
    await page.getByRole('tab', { name: '底册' }).click();
    await page.getByText('伊金霍洛旗恒达商贸有限公司').click();
    await page.getByTestId('conflict-name').waitFor();
    expect(await page.getByTestId('conflict-name').innerText()).toContain('恒達商貿有限公司（税务局）');
    await page.screenshot({ path: '/tmp/wushe-e2e-registry-detail.png' });
    await page.close();
  });

  it('street staff record a verification on a phone', async () => {
    const city = await apiSession('city');
    const street = await apiSession('street');
    const me = await street.get('/api/auth/me') as { id: string };
    const list = await city.get(`/api/registry/entities?q=${encodeURIComponent('恒达')}`) as { items: { id: string }[] };
    await city.post('/api/registry/tasks', { entityId: list.items[0]!.id, method: 'visit', assigneeId: me.id, note: '核实实际经营地' });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await logIn(page, baseUrl, 'street');
    await page.goto(`${baseUrl}/registry/tasks`);
    await page.getByTestId('task-card').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: '/tmp/wushe-e2e-registry-task.png' });
    await page.getByTestId('task-submit').click();
    await page.getByText('已完成').waitFor();
    await context.close();
  });
});
