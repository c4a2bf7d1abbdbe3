import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';

let t: TestContext;
let funds: { id: string; code: string; name: string; balance: number; available: number; held: number }[];
const get = (url: string) => t.app.inject({ method: 'GET', url });
beforeAll(async () => {
  t = await createTestContext();
  funds = (await get('/api/public/funds')).json().items;
});
afterAll(async () => { await t?.close(); });

describe('public disclosure without login', () => {
  it('lists the 1+9+27 network and the government budget lines', () => {
    const kinds = (code: RegExp) => funds.filter((f) => code.test(f.code)).length;
    expect([kinds(/^TJ$/), kinds(/^TJ-S\d\d$/), kinds(/^TJ-C\d\d$/), kinds(/^GOV-/)]).toEqual([1, 9, 27, 3]);
    expect(funds.find((f) => f.code === 'TJ')!.name).toBe('鄂尔多斯市天骄城乡社区发展基金会');
  });

  it('shows a sub-fund page whose figures reconcile: opening + raised + in − out − disbursed = balance', async () => {
    // TJ-C02 has a paid first instalment (seed); TJ-C01 has a refund, TJ-C02 a hold (seed: 2nd community approved, unpaid).
    for (const code of ['TJ-C01', 'TJ-C02', 'TJ-C03', 'TJ']) {
      const p = (await get(`/api/public/funds/${funds.find((f) => f.code === code)!.id}`)).json();
      const f = p.figures;
      expect(f.openingBalance + f.raised + f.appropriated + f.allocatedIn - f.allocatedOut - f.disbursed).toBe(f.balance);
      expect(f.balance - f.held).toBe(f.available);
      expect(p.fund.committee.length === 0 || p.fund.committee.length >= 5).toBe(true);
    }
    const c02 = (await get(`/api/public/funds/${funds.find((f) => f.code === 'TJ-C02')!.id}`)).json();
    expect(c02.figures.held).toBeGreaterThan(0);
    expect(c02.expenditures[0]).toMatchObject({ status: 'approved', decisionNo: 'TJ-C02-2026-01' });
    expect(c02.fund.supervisor).toBeTruthy();
    const c01 = (await get(`/api/public/funds/${funds.find((f) => f.code === 'TJ-C01')!.id}`)).json();
    expect(c01.donations.some((d: { donor: string }) => d.donor === '爱心人士（匿名）')).toBe(true);
    expect(c01.donations.filter((d: { refunded: boolean }) => d.refunded)).toHaveLength(1);
    expect(c01.projects[0]).toMatchObject({ status: 'in_progress', beneficiaries: 120, decisionNo: 'TJ-C01-2026-01' });
  });

  it('gives the ledger as CSV whose entries sum to the fund balance', async () => {
    const c03 = funds.find((f) => f.code === 'TJ-C03')!;
    const res = await get(`/api/public/funds/${c03.id}/ledger.csv`);
    expect(res.headers['content-type']).toContain('text/csv');
    const [head, ...lines] = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(head).toBe('seq,occurred_at,transaction_id,kind,account,debit_fen,credit_fen,amount_yuan,memo,reverses_seq');
    let money = 0;
    for (const l of lines) {
      const c = l.split(',');
      if (c[4] === 'available' || c[4] === 'held') money += Number(c[6] || 0) - Number(c[5] || 0);
    }
    expect(money).toBe(c03.balance);
  });

  it('gives grants as a 360Giving package valid against the standard schema', async () => {
    const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../standards/360-giving-schema.json'), 'utf8'));
    // The file names the 2020-12 meta-schema by its http:// URI; Ajv2020 knows it as https://, so we validate with Ajv2020 directly.
    delete schema.$schema;
    // CommonJS default exports: `.default` at runtime under ESM, the module itself for TypeScript.
    const AjvClass = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;
    const formats = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
    const ajv = new AjvClass({ strict: false, allErrors: true });
    formats(ajv);
    const validate = ajv.compile(schema);
    let grants = 0;
    for (const code of ['TJ-C03', 'TJ-C02', 'GOV-YJ-PS']) {
      const pkg = (await get(`/api/public/funds/${funds.find((f) => f.code === code)!.id}/360giving`)).json();
      for (const g of pkg.grants) {
        expect(validate(g), JSON.stringify(validate.errors)).toBe(true);
        // The standard's required fields (the schema file leaves "required" to the package schema).
        for (const k of ['id', 'title', 'description', 'currency', 'amountAwarded', 'awardDate', 'recipientOrganization', 'fundingOrganization']) expect(g).toHaveProperty(k);
        grants++;
      }
    }
    expect(grants).toBe(3); // C03 paid, C02 approved (awarded, not yet disbursed), the contract's first milestone
    const broken = { id: 'x', currency: 'RMB', amountAwarded: '1', awardDate: '2026-13-01', recipientOrganization: [] };
    expect(validate(broken)).toBe(false);
  });

  it('produces the quarterly disclosure report as Excel and PDF', async () => {
    const c01 = funds.find((f) => f.code === 'TJ-C01')!;
    const x = await get(`/api/public/funds/${c01.id}/quarterly.xlsx?year=2026&quarter=3`);
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('季度公开')!;
    expect(ws.getCell('A1').value).toBe('平安社区基金 2026年第3季度信息公开报告');
    expect(ws.getCell('A2').value).toBe('期间：2026年7月1日至2026年9月30日');
    const pdf = await get(`/api/public/funds/${c01.id}/quarterly.pdf?year=2026&quarter=3`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get(`/api/public/funds/${c01.id}/quarterly.pdf?year=2026&quarter=5`)).statusCode).toBe(400);
  });

  it('feeds the dashboards: raised vs used by month and spending by need category', async () => {
    const d = (await get('/api/public/funds/dashboard')).json();
    const used = d.byFund.reduce((s: number, r: { used: number }) => s + r.used, 0);
    const disbursed = funds.reduce((s, f) => s + (f as unknown as { disbursed: number }).disbursed, 0);
    expect(used).toBe(disbursed);
    expect(d.byCategory.reduce((s: number, r: { used: number }) => s + r.used, 0)).toBe(disbursed);
    expect(d.byRegion.some((r: { regionName: string }) => r.regionName === '伊金霍洛旗')).toBe(true);
  });

  it('answers 404 for an unknown fund', async () => {
    expect((await get('/api/public/funds/01900000-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });
});
