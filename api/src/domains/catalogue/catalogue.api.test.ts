import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../test/harness.js';

let t: TestContext;
let org1: Session, org2: Session, resident: Session, community: Session, street: Session;
beforeAll(async () => {
  t = await createTestContext({ organisations: 20 });
  // Start from an empty needs list and menu: the expectations below are worked out from this file's own records.
  // Start from no needs or menu (the demo seed fills them). DELETE, not TRUNCATE: fund_projects holds a foreign key to needs.
  for (const table of ['need_events', 'need_assessments', 'need_attachments', 'need_status_counts', 'catalogue_order_events', 'catalogue_orders', 'catalogue_items', 'needs']) {
    await t.database.db.execute(sql.raw(`delete from ${table}`));
  }
  [org1, org2, resident, community, street] = await Promise.all(['org1', 'org2', 'resident', 'community', 'street'].map((u) => t.login(u))) as [Session, Session, Session, Session, Session];
});
afterAll(async () => { await t?.close(); });

const item = {
  catalogueClass: 'elderly_disability', category: 'elderly', title: '独居老人上门探访', content: '每周一次上门探访独居老人，测量血压、陪伴聊天、排查居家安全隐患。',
  regionCodes: ['150627100000'], priceFen: 0, monthlyCapacity: 2,
};
const ids: Record<string, string> = {};
const orderOf = (itemId: string) => ({ itemId, regionCode: '150627100001', note: '我家老伴行动不便，希望每周来看看。', contactName: '周桂兰', contactPhone: '13947701234' });

describe('menu services (社区点单、社会组织接单、居民评单)', () => {
  it('an organisation publishes an item; the public catalogue shows it without login or personal data', async () => {
    const res = await org1.post('/api/catalogue/items', item);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'published', regionNames: ['阿勒腾席热镇'], organisationName: '伊金霍洛旗阳光社会工作服务中心', ratingCount: 0 });
    ids.item = res.json().id;
    const pub = await t.app.inject({ method: 'GET', url: `/api/public/catalogue?regionCode=150627100001&q=${encodeURIComponent('探訪')}` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().items.map((i: { id: string }) => i.id)).toEqual([ids.item]);
    expect(Object.keys(pub.json().items[0]).sort()).toEqual(['catalogueClass', 'category', 'content', 'id', 'monthlyCapacity', 'organisationName', 'priceFen', 'ratingAverage', 'ratingCount', 'regionNames', 'title']);
    // Another street's community is not served.
    expect((await t.app.inject({ method: 'GET', url: '/api/public/catalogue?regionCode=150602001001' })).json().total).toBe(0);
    // Other organisations cannot touch it.
    expect((await org2.post(`/api/catalogue/items/${ids.item}/withdraw`, { version: 1 })).statusCode).toBe(404);
  });

  it('a resident orders from the phone; the organisation sees it, another does not', async () => {
    const res = await resident.post('/api/catalogue/orders', orderOf(ids.item!));
    expect(res.json()).toMatchObject({ number: 'DD20261123-0001', status: 'placed', contactPhone: '139****1234', respondBy: '2026-11-25T02:00:00.000Z', overdue: false, priceFen: 0 });
    ids.order = res.json().id;
    expect(res.json().mine).toBe(true);
    expect((await org1.get('/api/catalogue/orders')).json().items[0].mine).toBe(false);
    expect((await org1.get('/api/catalogue/orders')).json().items.map((o: { id: string }) => o.id)).toEqual([ids.order]);
    expect((await org2.get(`/api/catalogue/orders/${ids.order}`)).statusCode).toBe(404);
    expect((await org2.get('/api/catalogue/orders')).json().total).toBe(0);
    expect((await street.get('/api/catalogue/orders')).json().total).toBe(1);
    expect((await resident.post('/api/catalogue/orders', { ...orderOf(ids.item!), regionCode: '150602001001' })).json().code).toBe('REGION_OUT_OF_SCOPE');
  });

  it('stops at the monthly capacity', async () => {
    expect((await community.post('/api/catalogue/orders', { ...orderOf(ids.item!), contactName: '刘芳' })).statusCode).toBe(200);
    const full = await community.post('/api/catalogue/orders', orderOf(ids.item!));
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ code: 'CATALOGUE_CAPACITY_FULL', errors: [{ path: 'itemId' }] });
  });

  it('accept → deliver → rate, each only by the right party and in order', async () => {
    const early = await resident.post(`/api/catalogue/orders/${ids.order}/rate`, { version: 1, rating: 5, comment: '很好' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('ORDER_TRANSITION_INVALID');
    expect((await resident.post(`/api/catalogue/orders/${ids.order}/accept`, { version: 1 })).statusCode).toBe(403);
    expect((await org1.post(`/api/catalogue/orders/${ids.order}/accept`, { version: 1 })).json().order.status).toBe('accepted');
    expect((await org1.post(`/api/catalogue/orders/${ids.order}/accept`, { version: 2 })).json().code).toBe('ORDER_TRANSITION_INVALID');
    expect((await resident.post(`/api/catalogue/orders/${ids.order}/cancel`, { version: 2 })).json().code).toBe('ORDER_TRANSITION_INVALID');
    expect((await org1.post(`/api/catalogue/orders/${ids.order}/deliver`, { version: 2, note: '已上门探访，血压正常。' })).json().order.status).toBe('delivered');
    const notMine = await community.post(`/api/catalogue/orders/${ids.order}/rate`, { version: 3, rating: 1, comment: '' });
    expect(notMine.json().code).toBe('FORBIDDEN');
    const rated = await resident.post(`/api/catalogue/orders/${ids.order}/rate`, { version: 3, rating: 4, comment: '社工很耐心' });
    expect(rated.json().order).toMatchObject({ status: 'rated', rating: 4, ratingComment: '社工很耐心' });
    expect(rated.json().timeline.map((e: { action: string }) => e.action)).toEqual(['place', 'accept', 'deliver', 'rate']);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/catalogue/${ids.item}` })).json()).toMatchObject({ ratingAverage: 4, ratingCount: 1 });
    expect((await resident.post('/api/catalogue/orders', { ...orderOf(ids.item!), rating: 5 })).statusCode).toBe(400);
  });

  it('a decline needs a reason; an order left unanswered 48 h is flagged overdue', async () => {
    const [other] = (await org1.get('/api/catalogue/orders?status=placed')).json().items;
    expect((await org1.post(`/api/catalogue/orders/${other.id}/decline`, { version: 1 })).json().errors[0].path).toBe('note');
    t.clock.advance(48 * 3600_000 + 1000);
    // Sessions idle out over two days; log in again.
    [org1, resident, street] = await Promise.all(['org1', 'resident', 'street'].map((u) => t.login(u))) as [Session, Session, Session];
    expect((await org1.get('/api/catalogue/orders?overdue=true')).json().items).toMatchObject([{ id: other.id, overdue: true }]);
    const declined = await org1.post(`/api/catalogue/orders/${other.id}/decline`, { version: 1, note: '本周社工人手不足' });
    expect(declined.json().order).toMatchObject({ status: 'declined', declineReason: '本周社工人手不足', overdue: false });
  });

  it('a withdrawn item leaves the public menu and takes no orders', async () => {
    expect((await org1.post(`/api/catalogue/items/${ids.item}/withdraw`, { version: 1 })).json().status).toBe('withdrawn');
    expect((await org1.post(`/api/catalogue/items/${ids.item}/withdraw`, { version: 2 })).json().code).toBe('CATALOGUE_ITEM_TRANSITION_INVALID');
    expect((await t.app.inject({ method: 'GET', url: `/api/public/catalogue/${ids.item}` })).statusCode).toBe(404);
    expect((await resident.post('/api/catalogue/orders', orderOf(ids.item!))).json().code).toBe('CATALOGUE_ITEM_UNAVAILABLE');
    const audit = (await street.get('/api/audit/operations?action=catalogue.order.place')).json();
    expect(audit.items).toHaveLength(2);
  });
});
