import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { importDivisions, loadDivisionSubtree } from './index.js';

let t: TestContext;
beforeAll(async () => { t = await createTestContext({ organisations: 10 }); });
afterAll(async () => { await t?.close(); });

describe('region tree', () => {
  it('loads the real divisions of 鄂尔多斯市 with 12-digit codes and populations', async () => {
    const city = await t.login('city');
    const roots = (await city.get('/api/regions/children')).json();
    expect(roots).toEqual([expect.objectContaining({ code: '150600000000', name: '鄂尔多斯市', level: 'city', hasChildren: true })]);
    const banners = (await city.get('/api/regions/children?parent=150600000000')).json();
    expect(banners.map((b: { name: string }) => b.name)).toEqual(['东胜区', '康巴什区', '达拉特旗', '准格尔旗', '鄂托克前旗', '鄂托克旗', '杭锦旗', '乌审旗', '伊金霍洛旗']);
    expect(banners.find((b: { code: string }) => b.code === '150627000000').population).toBe(238_000);
  });

  it('limits the tree to the scope and answers 404 above or beside it', async () => {
    const street = await t.login('street');
    expect((await street.get('/api/regions/children')).json().map((r: { code: string }) => r.code)).toEqual(['150627100000']);
    expect((await street.get('/api/regions/children?parent=150627000000')).statusCode).toBe(404);
    expect((await street.get('/api/regions/150602000000')).statusCode).toBe(404);
    const found = (await street.get(`/api/regions/search?q=${encodeURIComponent('社区')}`)).json();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r: { code: string }) => r.code.startsWith('150627100'))).toBe(true);
    const sw = await t.login('socialworker');
    expect((await sw.get('/api/regions/children')).json().map((r: { code: string }) => r.code)).toEqual(['150627100001', '150627100002']);
  });

  it('creates and renames grids under a community, micro-grids under a grid, nothing elsewhere', async () => {
    const community = await t.login('community');
    const grid = await community.post('/api/regions/grids', { parentCode: '150627100001', name: '平安社区第四网格', population: 2400 });
    expect(grid.json()).toMatchObject({ code: '150627100001G04', level: 'grid', parentCode: '150627100001' });
    const micro = await community.post('/api/regions/grids', { parentCode: '150627100001G04', name: '平安小区9号楼微网格' });
    expect(micro.json()).toMatchObject({ code: '150627100001G04M01', level: 'microgrid' });
    const underStreet = await community.post('/api/regions/grids', { parentCode: '150627100001G04M01', name: 'x' });
    expect(underStreet.json().code).toBe('REGION_NOT_GRID_PARENT');
    const renamed = await community.patch('/api/regions/grids/150627100001G04', { name: '平安社区第四网格（新）' });
    expect(renamed.json().name).toBe('平安社区第四网格（新）');
    expect((await community.patch('/api/regions/grids/150627100001', { name: 'x' })).json().code).toBe('REGION_NOT_GRID_PARENT');
    const other = await community.post('/api/regions/grids', { parentCode: '150627100002', name: '越界网格' });
    expect(other.statusCode).toBe(404);
  });
});

describe('division import', () => {
  it('loads any county from the national data with ancestors, keeping grids', async () => {
    // 李沧区 (370213), Qingdao — seed 003's district.
    const nodes = await loadDivisionSubtree('370213');
    expect(nodes.find((n) => n.code === '370000000000')?.name).toBe('山东省');
    expect(nodes.find((n) => n.code === '370200000000')?.name).toBe('青岛市');
    expect(nodes.find((n) => n.code === '370213000000')?.name).toBe('李沧区');
    const streets = nodes.filter((n) => n.level === 4);
    expect(streets.length).toBeGreaterThanOrEqual(11);
    expect(nodes.every((n) => n.level < 3 || n.code.startsWith('370213'))).toBe(true);
    const n = await importDivisions(t.deps.db, t.clock, { actor: null, ip: '', requestId: 'test' }, nodes);
    expect(n).toBe(nodes.length);
    const admin = await t.login('admin');
    const roots = (await admin.get('/api/regions/children')).json().map((r: { name: string }) => r.name);
    expect(roots).toEqual(['内蒙古自治区', '山东省']);
    expect((await admin.get('/api/regions/150627100001G01')).statusCode).toBe(200);
  });

  it('refuses a code that is not in the data', async () => {
    await expect(loadDivisionSubtree('999999')).rejects.toThrow(/没有代码/);
  });
});
