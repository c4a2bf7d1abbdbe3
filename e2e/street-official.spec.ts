import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn } from './browser.js';

// Issue 3's journey: a street official sees only the street's communities, registers an organisation
// (a wrong credit code is explained, then fixed), finds it by its traditional-character name, exports Excel.
const baseUrl = inject('baseUrl');
const NAME = '阿勒腾席热镇蒲公英社会工作服务中心';
const NAME_TRADITIONAL = '蒲公英社會工作服務中心';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(async () => { await browser?.close(); });

async function pickRegion(testId: string, search: string, option: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper').filter({ hasText: option }).first().click();
}

describe('street official journey', () => {
  it('logs in and sees only the street in the region tree', async () => {
    await logIn(page, baseUrl, 'street');
    await expect.poll(() => page.getByTestId('header-user').innerText()).toContain('张海军');
    await page.getByTestId('menu-regions').click();
    const tree = page.getByTestId('region-tree');
    await tree.getByText('阿勒腾席热镇').first().waitFor();
    await tree.locator('.ant-tree-switcher').first().click();
    await tree.getByText('平安社区居委会').waitFor();
    const names = await tree.locator('.ant-tree-title').allInnerTexts();
    // 阿勒腾席热镇 has 26 villages and communities in the national data; nothing from another street or banner.
    expect(names.length).toBe(27);
    expect(names.join()).not.toContain('东胜区');
    expect(names.join()).not.toContain('滨河路社区');
  });

  it('explains a wrong credit code, then registers the fixed one', async () => {
    await page.getByTestId('menu-organisations').click();
    await page.getByTestId('org-create').click();
    await page.getByTestId('org-field-name').fill(NAME);
    await page.getByTestId('org-field-type').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '社会服务机构' }).click();
    // Check character of 52150627MA0000000 is 6 (GB 32100 weights, computed by hand); 7 is wrong.
    await page.getByTestId('org-field-creditCode').fill('52150627MA00000007');
    await pickRegion('org-field-registrationRegionCode', '阿勒腾席热', '阿勒腾席热镇');
    await pickRegion('org-field-operatingRegionCode', '平安', '平安社区居委会');
    await page.getByTestId('org-submit').click();
    await page.getByText('第18位校验码应为6').first().waitFor();
    await page.getByTestId('org-field-creditCode').fill('52150627MA00000006');
    await page.getByTestId('org-submit').click();
    // The toast proves the server took it; only then is the list expected to show it (a failure now says which).
    await page.getByText(`已登记「${NAME}」`).first().waitFor();
    await page.getByTestId('org-table').getByText(NAME).first().waitFor();
  });

  it('finds the organisation by its traditional-character name', async () => {
    await page.getByTestId('org-search').fill(NAME_TRADITIONAL);
    await page.getByTestId('org-search-submit').click();
    await expect.poll(async () => (await page.getByTestId('org-table').locator('tbody tr.ant-table-row').allInnerTexts()).length).toBe(1);
    expect(await page.getByTestId('org-table').innerText()).toContain(NAME);
    await page.screenshot({ path: '/tmp/wushe-e2e-organisations.png' });
  });

  it('exports the filtered list to Excel', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('org-export').click()]);
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const names: string[] = [];
    ws.eachRow((row) => { const v = row.getCell(1).value; if (typeof v === 'string') names.push(v); });
    expect(names).toContain(NAME);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  });
});
