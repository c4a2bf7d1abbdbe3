import { sql } from 'drizzle-orm';
import { maskPhone, newId } from '@wushe/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, queryRows, type Session, type TestContext } from '../../test/harness.js';
import { insertNeeds } from './testing/needs-fixture.js';

/**
 * Money caps, follow-up records and invitations through the API. Two organisations in 阿勒腾席热镇 work in elderly care:
 * A (another centre of the town) gets one menu service of ours at ¥300 and no other elderly item; B is org1 (伊金霍洛旗阳光社会工作服务中心)
 * with its elderly items withdrawn, so it can only be invited.
 */
let t: TestContext;
let street: Session;
let org1: Session;
let org2: Session;
let orgA = '';
let orgB = '';
let itemId = '';
let n: string[] = [];
const PINGAN = '/150000000000/150600000000/150627000000/150627100000/150627100001/';

beforeAll(async () => {
  t = await createTestContext();
  [street, org1, org2] = await Promise.all([t.login('street'), t.login('org1'), t.login('org2')]);
  [{ id: orgB }] = await queryRows<{ id: string }>(t, sql`select id from organisations where name = '伊金霍洛旗阳光社会工作服务中心'`) as [{ id: string }];
  [{ id: orgA }] = await queryRows<{ id: string }>(t, sql`select id from organisations where status = 'active' and 'elderly' = any(service_domains)
    and operating_region_path like '/150000000000/150600000000/150627000000/150627100000/%' and id <> ${orgB} order by id limit 1`) as [{ id: string }];
  const now = t.clock.now();
  await t.database.db.execute(sql`update catalogue_items set status = 'withdrawn' where organisation_id in (${orgA}, ${orgB}) and category = 'elderly'`);
  itemId = newId();
  await t.database.db.execute(sql`insert into catalogue_items (id, organisation_id, catalogue_class, category, title, content, text_search, region_codes, region_paths, price_fen, monthly_capacity, status, created_at, updated_at)
    values (${itemId}, ${orgA}, 'elderly_disability', 'elderly', '上门助浴（对接会测试）', '为失能老人上门助浴', '上门助浴', array['150627100001'], array[${PINGAN}], 30000, 10, 'published', ${now}, ${now})`);
  n = await insertNeeds(t, [
    { title: '失能老人助浴甲', category: 'elderly', regionCode: '150627100001', contact: { name: '王大爷', phone: '13800000001' } },
    { title: '失能老人助浴乙', category: 'elderly', regionCode: '150627100001', contact: { name: '李奶奶', phone: '13800000002' } },
  ]);
}, 180_000);
afterAll(async () => { await t?.close(); });

const base = () => ({ needIds: n, organisationIds: [orgA], capacityPerOrganisation: 3, minScore: 0 });

describe('money cap (资源限流 in ¥)', () => {
  it('without a cap both needs go to A; a ¥500 cap on A lets only one ¥300 need through and names A as the reason', async () => {
    const free = (await street.post('/api/matching/fairs/preview', base())).json();
    expect(free.method).toBe('flow');
    expect(free.assignments).toHaveLength(2);
    expect(free.assignments.map((a: { amountFen: number; itemId: string }) => [a.amountFen, a.itemId])).toEqual([[30000, itemId], [30000, itemId]]);
    const res = await street.post('/api/matching/fairs/preview', { ...base(), moneyCaps: [{ organisationId: orgA, capFen: 50000 }] });
    expect(res.statusCode).toBe(200);
    const capped = res.json();
    expect(capped.method).toBe('milp');
    expect(capped.assignments).toHaveLength(1);
    expect(capped.fairness.withCap.amountFen).toBe(30000);
    expect(capped.fairness.withoutCap.amountFen).toBe(60000);
    const [{ name }] = await queryRows<{ name: string }>(t, sql`select name from organisations where id = ${orgA}`) as [{ name: string }];
    expect(capped.unmatched).toEqual([expect.objectContaining({ reason: 'MONEY_CAP', reasonText: `“${name}”的金额限流上限已用尽`, organisationNames: [name] })]);
  });

  it('the official\'s amount for a need replaces the menu price: at ¥200 each, both fit under ¥500', async () => {
    const res = (await street.post('/api/matching/fairs/preview', { ...base(), moneyCaps: [{ organisationId: orgA, capFen: 50000 }], amounts: n.map((needId) => ({ needId, amountFen: 20000 })) })).json();
    expect(res.assignments.map((a: { amountFen: number }) => a.amountFen)).toEqual([20000, 20000]);
    expect(res.unmatched).toEqual([]);
  });

  it('refuses a money cap for an organisation not taking part, naming the field', async () => {
    const res = await street.post('/api/matching/fairs/preview', { ...base(), moneyCaps: [{ organisationId: orgB, capFen: 100 }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('moneyCaps[0].organisationId');
  });
});

describe('confirming creates orders and invitations', () => {
  // One place each: A (with a menu service) and B (without) get one need each.
  const body = () => ({ needIds: n, organisationIds: [orgA, orgB], capacityPerOrganisation: 1, minScore: 0, title: '平安社区助浴对接会' });
  let fair: { id: string; followUps: { needId: string; kind: string; refId: string; number: string | null; organisationId: string; status: string }[] };

  it('places a menu-service order with A and invites B, in one go', async () => {
    const res = await street.post('/api/matching/fairs', body());
    expect(res.statusCode).toBe(200);
    fair = res.json();
    expect(fair.followUps).toHaveLength(2);
    const order = fair.followUps.find((f) => f.organisationId === orgA)!;
    const invitation = fair.followUps.find((f) => f.organisationId === orgB)!;
    expect(order).toMatchObject({ kind: 'order', status: 'placed' });
    expect(order.number).toMatch(/^DD20261123-\d{4}$/);
    const [row] = await queryRows<{ item_id: string; price_fen: number; contact_phone_masked: string; region_path: string }>(t, sql`select item_id, price_fen, contact_phone_masked, region_path from catalogue_orders where id = ${order.refId}`);
    expect(row).toMatchObject({ item_id: itemId, price_fen: 30000, region_path: PINGAN });
    // The order carries the need's own contact (whichever of the two needs went to A).
    expect([maskPhone('13800000001'), maskPhone('13800000002')]).toContain(row!.contact_phone_masked);
    expect(invitation).toMatchObject({ kind: 'invitation', status: 'pending', number: null });
  });

  it('is idempotent: the same confirmation again answers the same fair and creates nothing more', async () => {
    const again = await street.post('/api/matching/fairs', body());
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(fair.id);
    const [counts] = await queryRows<{ orders: string; invitations: string; fairs: string }>(t, sql`select
      (select count(*) from catalogue_orders where note like '对接会“平安社区助浴对接会”%') as orders,
      (select count(*) from matching_invitations where need_id in (${n[0]}, ${n[1]})) as invitations,
      (select count(*) from matching_fairs where title = '平安社区助浴对接会') as fairs`);
    expect([counts!.orders, counts!.invitations, counts!.fairs].map(Number)).toEqual([1, 1, 1]);
  });

  it('refuses another fair for a need that already has a provider, naming the need', async () => {
    const res = await street.post('/api/matching/fairs', { ...body(), title: '重复对接会' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('NEED_ALREADY_MATCHED');
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['needIds[0]', 'needIds[1]']);
  });

  it('org1 sees its invitation, must give a reason to decline, accepts once; org2 cannot see it', async () => {
    const invitationId = fair.followUps.find((f) => f.kind === 'invitation')!.refId;
    const list = (await org1.get('/api/matching/invitations')).json();
    expect(list.map((i: { id: string }) => i.id)).toContain(invitationId);
    const mine = list.find((i: { id: string }) => i.id === invitationId);
    expect(mine).toMatchObject({ fairTitle: '平安社区助浴对接会', status: 'pending', regionName: '平安社区居委会', amountFen: 0 });
    expect((await org2.get(`/api/matching/invitations/${invitationId}`)).statusCode).toBe(404);
    expect((await org2.get('/api/matching/invitations')).json().map((i: { id: string }) => i.id)).not.toContain(invitationId);
    const noReason = await org1.post(`/api/matching/invitations/${invitationId}/decline`, { version: mine.version });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('note');
    const accepted = await org1.post(`/api/matching/invitations/${invitationId}/accept`, { version: mine.version, note: '本周内联系老人' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', responseNote: '本周内联系老人' });
    const twice = await org1.post(`/api/matching/invitations/${invitationId}/decline`, { version: accepted.json().version, note: '改变主意' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('INVITATION_TRANSITION_INVALID');
    const detail = (await street.get(`/api/matching/fairs/${fair.id}`)).json();
    expect(detail.followUps.find((f: { kind: string }) => f.kind === 'invitation').status).toBe('accepted');
    const [audit] = await queryRows<{ n: string }>(t, sql`select count(*) as n from audit_log where action = 'matching.invitation.accept'`);
    expect(Number(audit!.n)).toBe(1);
  });
});

describe('candidate kinds', () => {
  it('ranks the menu service beside the organisations, labelled by kind, with its price, places and its organisation\'s record', async () => {
    // The street official: A works elsewhere in the town, so it is in the street's scope (not the community worker's).
    const body = (await street.get(`/api/matching/needs/${n[0]}/candidates`)).json();
    const item = body.ranked.find((c: { id: string }) => c.id === itemId);
    expect(item).toMatchObject({ kind: 'catalogue_item', name: '上门助浴（对接会测试）', organisationId: orgA, priceFen: 30000 });
    // Ten places this month, one taken by the order the fair placed above.
    expect(item.terms.find((x: { term: string }) => x.term === 'capacity').reason).toBe('在办1项，容量10项，余量9项');
    const org = body.ranked.find((c: { id: string }) => c.id === orgA);
    expect(org.kind).toBe('organisation');
    // The item carries its organisation's standing.
    expect(item.terms.find((x: { term: string }) => x.term === 'standing')).toEqual(org.terms.find((x: { term: string }) => x.term === 'standing'));
  });
});
