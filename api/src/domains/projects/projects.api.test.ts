import QRCode from 'qrcode';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, queryRows, type Session, type TestContext } from '../../test/harness.js';
import { findStandings } from './index.js';
import { smsSenderFor } from './sms-sender.js';

let t: TestContext;
let street: Session, org1: Session, org2: Session, community: Session, expert: Session, resident: Session, instructor: Session;
let org1Id = '', org2Id = '';
/** Sessions expire when the clock jumps days ahead, so tests that move time log everyone in again. */
async function loginAll() {
  const s = await Promise.all(['street', 'org1', 'org2', 'community', 'expert', 'resident', 'instructor'].map((u) => t.login(u)));
  [street, org1, org2, community, expert, resident, instructor] = s as [Session, Session, Session, Session, Session, Session, Session];
}
beforeAll(async () => {
  t = await createTestContext();
  await loginAll();
  const rows = await queryRows<{ username: string; organisation_id: string }>(t, sql`select username, organisation_id from users where username in ('org1','org2')`);
  org1Id = rows.find((r) => r.username === 'org1')!.organisation_id;
  org2Id = rows.find((r) => r.username === 'org2')!.organisation_id;
});
afterAll(async () => { await t?.close(); });

const contract = () => ({
  title: '平安社区“银龄安居”居家养老服务项目', organisationId: org1Id, regionCode: '150627100001', budgetFen: 12_000_000, fundingSource: 'government_purchase', needIds: [],
  milestones: [
    { title: '需求评估与建档', dueOn: '2026-12-10', deliverables: '100户老人需求评估表与档案', paymentFen: 3_600_000 },
    { title: '上门服务与结项', dueOn: '2027-03-31', deliverables: '上门服务1200人次，结项材料', paymentFen: 8_400_000 },
  ],
});

describe('a project from contract to 考榜', () => {
  let id = '', token = '', m1 = '', m2 = '', photo = '';

  it('refuses a payment schedule that does not add up to the budget, naming both sums', async () => {
    const bad = contract();
    bad.milestones[1]!.paymentFen = 8_000_000;
    const res = await street.post('/api/projects', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'CONTRACT_INVALID', errors: [{ path: 'milestones', message: '各里程碑付款（paymentFen）合计应等于预算（budgetFen）：合计11600000分，预算12000000分' }] });
    expect((await street.post('/api/projects', { ...contract(), extra: 1 })).statusCode).toBe(400);
  });

  it('creates the contract; the provider and the officials above see it, others get 404', async () => {
    const res = await street.post('/api/projects', contract());
    expect(res.statusCode).toBe(200);
    const p = res.json();
    id = p.id; token = p.ratingToken; m1 = p.milestones[0].id; m2 = p.milestones[1].id;
    expect(p).toMatchObject({ status: 'contracted', number: 'XM20261123-0001', regionName: '平安社区居委会', money: { budgetFen: 12_000_000, paidFen: 0, spentFen: 0 } });
    expect(p.timeline[0].summary).toContain('预算¥120,000.00，2个里程碑');
    expect((await org1.get(`/api/projects/${id}`)).statusCode).toBe(200);
    expect((await org1.get(`/api/projects/${id}`)).json().ratingToken).toBe(token);
    expect((await org2.get(`/api/projects/${id}`)).statusCode).toBe(404);
    expect((await instructor.get(`/api/projects/${id}`)).statusCode).toBe(404);
    expect((await org2.get('/api/projects')).json().items.map((x: { id: string }) => x.id)).not.toContain(id);
    expect((await community.get('/api/projects')).json().items.map((x: { id: string }) => x.id)).toContain(id);
  });

  it('accepts only real JPEG/PNG photos from the provider', async () => {
    const png = await QRCode.toBuffer('照片', { type: 'png', width: 120 });
    const lie = await org1.post(`/api/projects/${id}/photos`, { mime: 'image/jpeg', dataBase64: png.toString('base64') });
    expect(lie.json().code).toBe('PHOTO_INVALID');
    const svg = await org1.post(`/api/projects/${id}/photos`, { mime: 'image/png', dataBase64: Buffer.from('<svg/>').toString('base64') });
    expect(svg.json().code).toBe('PHOTO_INVALID');
    expect((await org2.post(`/api/projects/${id}/photos`, { mime: 'image/png', dataBase64: png.toString('base64') })).statusCode).toBe(404);
    const ok = await org1.post(`/api/projects/${id}/photos`, { mime: 'image/png', dataBase64: png.toString('base64') });
    expect(ok.statusCode).toBe(200);
    photo = ok.json().id;
    const back = await street.get(`/api/projects/${id}/photos/${photo}`);
    expect(back.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(back.rawPayload, png)).toBe(0);
  });

  it('the first activity moves the project into delivery', async () => {
    const future = await org1.post(`/api/projects/${id}/activities`, { heldOn: '2026-11-24', place: '平安社区活动室', content: '健康讲座', participants: 30, beneficiaries: 25, photoIds: [] });
    expect(future.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'heldOn' }] });
    const res = await org1.post(`/api/projects/${id}/activities`, { heldOn: '2026-11-20', place: '平安社区活动室', content: '老年人防诈骗与健康讲座', participants: 30, beneficiaries: 25, photoIds: [photo] });
    expect(res.statusCode).toBe(200);
    const p = (await street.get(`/api/projects/${id}`)).json();
    expect(p.status).toBe('in_delivery');
    expect(p.activities[0]).toMatchObject({ place: '平安社区活动室', participants: 30, photoIds: [photo] });
  });

  it('runs milestones through submit → return → resubmit → approve, refusing illegal moves with 409', async () => {
    const early = await street.post(`/api/projects/${id}/milestones/${m1}/review`, { action: 'approve' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('MILESTONE_ILLEGAL_TRANSITION');
    expect((await org1.post(`/api/projects/${id}/milestones/${m1}/submit`, { evidence: '完成98户评估', photoIds: [] })).statusCode).toBe(200);
    expect((await org1.post(`/api/projects/${id}/milestones/${m1}/review`, { action: 'approve' })).statusCode).toBe(403);
    expect((await street.post(`/api/projects/${id}/milestones/${m1}/review`, { action: 'return' })).json().errors[0].path).toBe('comment');
    expect((await street.post(`/api/projects/${id}/milestones/${m1}/review`, { action: 'return', comment: '缺2户评估表' })).statusCode).toBe(200);
    expect((await org1.post(`/api/projects/${id}/milestones/${m1}/submit`, { evidence: '已补齐100户评估', photoIds: [photo] })).statusCode).toBe(200);
    expect((await street.post(`/api/projects/${id}/milestones/${m1}/review`, { action: 'approve' })).statusCode).toBe(200);
    const again = await street.post(`/api/projects/${id}/milestones/${m1}/review`, { action: 'approve' });
    expect(again.json().code).toBe('MILESTONE_ILLEGAL_TRANSITION');
    const p = (await street.get(`/api/projects/${id}`)).json();
    expect(p.money.paidFen).toBe(3_600_000);
    const audit = await queryRows<{ action: string }>(t, sql`select action from audit_log where entity_id = ${id} and action = 'projects.milestone_approve'`);
    expect(audit).toHaveLength(1);
  });

  it('flags overdue milestones and rectifications from the clock', async () => {
    expect((await street.get('/api/projects?overdue=true')).json().items.map((x: { id: string }) => x.id)).not.toContain(id);
    expect((await street.post(`/api/projects/${id}/rectifications`, { requirement: '补充服务对象签字确认表', deadline: '2026-11-30' })).statusCode).toBe(200);
    t.clock.advance(8 * 86400_000); // 2026-12-01: the rectification (deadline 11-30) is late, milestone 2 is not yet
    await loginAll();
    const list = (await street.get('/api/projects?overdue=true')).json();
    expect(list.items.find((x: { id: string }) => x.id === id)?.overdueCount).toBe(1);
    const p = (await org1.get(`/api/projects/${id}`)).json();
    expect(p.rectifications[0]).toMatchObject({ status: 'open', overdue: true });
    expect(p.milestones[1]).toMatchObject({ status: 'pending', overdue: false });
    t.clock.advance(-8 * 86400_000);
    await loginAll();
  });

  it('rectification: answer → reopen → answer → close; the other organisation cannot answer', async () => {
    const rid = (await street.get(`/api/projects/${id}`)).json().rectifications[0].id;
    expect((await org2.post(`/api/projects/${id}/rectifications/${rid}/answer`, { answer: 'x' })).statusCode).toBe(404);
    expect((await street.post(`/api/projects/${id}/rectifications/${rid}/review`, { action: 'close' })).json().code).toBe('RECTIFICATION_ILLEGAL_TRANSITION');
    expect((await org1.post(`/api/projects/${id}/rectifications/${rid}/answer`, { answer: '已补充30份签字表' })).statusCode).toBe(200);
    expect((await street.post(`/api/projects/${id}/rectifications/${rid}/review`, { action: 'reopen', comment: '仍缺5份' })).statusCode).toBe(200);
    expect((await org1.post(`/api/projects/${id}/rectifications/${rid}/answer`, { answer: '已全部补齐' })).statusCode).toBe(200);
    expect((await street.post(`/api/projects/${id}/rectifications/${rid}/review`, { action: 'close' })).statusCode).toBe(200);
    expect((await street.get(`/api/projects/${id}`)).json().rectifications[0].status).toBe('closed');
  });

  it('records spending, delivers when the last milestone is approved, then refuses further records', async () => {
    expect((await org1.post(`/api/projects/${id}/spendings`, { spentOn: '2026-11-21', item: '讲座物料', amountFen: 123_456 })).statusCode).toBe(200);
    await org1.post(`/api/projects/${id}/milestones/${m2}/submit`, { evidence: '上门服务1260人次', photoIds: [] });
    await street.post(`/api/projects/${id}/milestones/${m2}/review`, { action: 'approve' });
    const p = (await street.get(`/api/projects/${id}`)).json();
    expect(p).toMatchObject({ status: 'delivered', money: { budgetFen: 12_000_000, paidFen: 12_000_000, spentFen: 123_456 } });
    expect((await org1.post(`/api/projects/${id}/spendings`, { spentOn: '2026-11-22', item: '补充', amountFen: 1 })).json().code).toBe('PROJECT_NOT_IN_DELIVERY');
    expect((await org1.post(`/api/projects/${id}/transition`, { action: 'open_evaluation' })).statusCode).toBe(403);
    expect((await street.post(`/api/projects/${id}/transition`, { action: 'close' })).json().code).toBe('PROJECT_ILLEGAL_TRANSITION');
    expect((await street.post(`/api/projects/${id}/transition`, { action: 'open_evaluation' })).json().status).toBe('evaluating');
  });

  it('collects the four parties; finalising early names the missing ones', async () => {
    expect((await community.post(`/api/projects/${id}/evaluation/scores`, { score: 95, comment: '党建引领好' })).statusCode).toBe(200);
    expect((await community.post(`/api/projects/${id}/evaluation/scores`, { score: 60 })).json().code).toBe('EVALUATION_ALREADY_SCORED');
    expect((await street.post(`/api/projects/${id}/evaluation/scores`, { score: 90 })).statusCode).toBe(200);
    expect((await expert.post(`/api/projects/${id}/evaluation/scores`, { score: 85 })).statusCode).toBe(200);
    const early = await street.post(`/api/projects/${id}/transition`, { action: 'finalise' });
    expect(early.json()).toMatchObject({ code: 'EVALUATION_INCOMPLETE', errors: [{ path: 'parties.residents', message: '居民群众尚未评分' }] });
  });

  it('码上评: a logged-in resident scores once; a phone scores once with a one-time code', async () => {
    const info = await t.app.inject({ method: 'GET', url: `/api/public/rating/${token}` });
    expect(info.json()).toMatchObject({ title: contract().title, open: true });
    const noCsrf = await t.app.inject({ method: 'POST', url: `/api/public/rating/${token}`, headers: { cookie: resident.cookie }, payload: { score: 100 } });
    expect(noCsrf.json().code).toBe('CSRF_FAILED');
    expect((await resident.post(`/api/public/rating/${token}`, { score: 100 })).statusCode).toBe(200);
    expect((await resident.post(`/api/public/rating/${token}`, { score: 100 })).json().code).toBe('EVALUATION_ALREADY_SCORED');

    const anon = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });
    const sms = smsSenderFor(t.deps) as unknown as { outbox: { phone: string; text: string }[] };
    expect((await anon(`/api/public/rating/${token}/code`, { phone: '138 0000 1111' })).statusCode).toBe(200);
    const sent = sms.outbox.at(-1)!;
    expect(sent.phone).toBe('13800001111');
    const code = /验证码(\d{6})/.exec(sent.text)![1]!;
    const wrong = code === '000000' ? '111111' : '000000';
    expect((await anon(`/api/public/rating/${token}`, { phone: '13800001111', code: wrong, score: 90 })).json().code).toBe('RATING_CODE_INVALID');
    expect((await anon(`/api/public/rating/${token}`, { phone: '13800001111', code, score: 90 })).statusCode).toBe(200);
    expect((await anon(`/api/public/rating/${token}`, { phone: '13800001111', code, score: 90 })).json().code).toBe('RATING_CODE_INVALID');
    expect((await anon(`/api/public/rating/${token}/code`, { phone: '13800001111' })).json().code).toBe('EVALUATION_ALREADY_SCORED');
    const stored = await queryRows<{ phone_hash: string | null }>(t, sql`select phone_hash from evaluation_scores where project_id = ${id} and phone_hash is not null`);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.phone_hash).not.toContain('13800001111');
  });

  it('limits codes: the fourth in an hour is refused, and five wrong tries burn a code', async () => {
    const anon = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });
    for (let i = 0; i < 3; i++) expect((await anon(`/api/public/rating/${token}/code`, { phone: '13900002222' })).statusCode).toBe(200);
    expect((await anon(`/api/public/rating/${token}/code`, { phone: '13900002222' })).statusCode).toBe(429);
    const sms = smsSenderFor(t.deps) as unknown as { outbox: { text: string }[] };
    const code = /验证码(\d{6})/.exec(sms.outbox.at(-1)!.text)![1]!;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) await anon(`/api/public/rating/${token}`, { phone: '13900002222', code: wrong, score: 10 });
    expect((await anon(`/api/public/rating/${token}`, { phone: '13900002222', code, score: 10 })).json().code).toBe('RATING_CODE_INVALID');
  });

  it('finalises: 0.3×95 + 0.3×(100+90)/2 + 0.2×90 + 0.2×85 = 92 → 优秀 → 红榜', async () => {
    const res = await street.post(`/api/projects/${id}/transition`, { action: 'finalise' });
    expect(res.json()).toMatchObject({ status: 'evaluated', total: 92, grade: 'excellent' });
    const ev = (await street.get(`/api/projects/${id}/evaluation`)).json();
    expect(ev.parties.map((p: { mean: number }) => p.mean)).toEqual([95, 95, 90, 85]);
    const standings = await findStandings(t.deps.db, [org1Id, org2Id], '2026-11-23');
    expect(standings.get(org1Id)).toEqual({ redListed: true, blackListed: false, latestGrade: 'excellent' });
    expect(standings.get(org2Id)).toEqual({ redListed: false, blackListed: false, latestGrade: null });
    expect((await findStandings(t.deps.db, [org1Id], '2027-11-24')).get(org1Id)!.redListed).toBe(false);
  });

  it('publishes results and the red list without personal data', async () => {
    const pub = await t.app.inject({ method: 'GET', url: '/api/public/evaluations' });
    expect(pub.json().items[0]).toMatchObject({ projectNumber: 'XM20261123-0001', total: 92, grade: 'excellent', evaluatedOn: '2026-11-23' });
    expect(pub.body).not.toMatch(/1380000|周桂兰|高娜|phone/);
    const red = (await t.app.inject({ method: 'GET', url: '/api/public/standings?list=red' })).json();
    expect(red.items[0]).toMatchObject({ list: 'red', reasonKind: 'evaluation_excellent', listedOn: '2026-11-23', validUntil: '2027-11-23' });
  });

  it('builds the Chinese final report (结项报告) PDF with the photo embedded and the title extractable', async () => {
    const res = await org1.get(`/api/projects/${id}/report.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/NotoSansCJK|WenQuanYi/);
    expect(raw).toMatch(/\/Subtype\s*\/Image/);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
    expect(doc.numPages).toBeGreaterThanOrEqual(1);
    let text = '';
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      text += content.items.map((it) => ('str' in it ? it.str : '')).join('');
    }
    expect(text).toContain('结项报告');
    expect(text).toContain('平安社区“银龄安居”居家养老服务项目');
    expect(text).toContain('¥120,000.00');
    expect(text).toContain('优秀');
    expect(text).toContain(`共${doc.numPages}页`);
    await doc.destroy();
    expect((await org2.get(`/api/projects/${id}/report.pdf`)).statusCode).toBe(404);
  });

  it('serves the QR code as SVG and PNG pointing at the rating page', async () => {
    const svg = await street.get(`/api/projects/${id}/rating-qr.svg`);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('<svg');
    const png = await street.get(`/api/projects/${id}/rating-qr.png`);
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect((await org2.get(`/api/projects/${id}/rating-qr.png`)).statusCode).toBe(404);
  });

  it('a resident complaint, once upheld, puts the provider on the black list', async () => {
    const filed = await resident.post(`/api/projects/rating/${token}/complaints`, { content: '上门服务时间不固定' });
    expect(filed.statusCode).toBe(200);
    const cid = filed.json().id;
    expect((await org1.post(`/api/projects/rating/${token}/complaints`, { content: 'x' })).statusCode).toBe(403);
    // The demo seed already holds one complaint by this resident (on 四点半课堂); theirs are the only ones listed.
    expect((await resident.get('/api/projects/complaints/mine')).json().items.map((c: { projectTitle: string }) => c.projectTitle).sort())
      .toEqual(['平安社区“四点半课堂”青少年托管服务项目', '平安社区“银龄安居”居家养老服务项目']);
    expect((await org2.get('/api/projects/complaints')).json().total).toBe(0);
    expect((await street.post(`/api/projects/complaints/${cid}/act`, { action: 'uphold', resolution: '属实' })).json().code).toBe('COMPLAINT_ILLEGAL_TRANSITION');
    expect((await street.post(`/api/projects/complaints/${cid}/act`, { action: 'handle' })).json().status).toBe('handling');
    expect((await street.post(`/api/projects/complaints/${cid}/act`, { action: 'uphold', resolution: '经走访核实属实' })).json().status).toBe('upheld');
    const s = await findStandings(t.deps.db, [org1Id], '2026-11-23');
    expect(s.get(org1Id)).toMatchObject({ redListed: true, blackListed: true });
    const black = (await t.app.inject({ method: 'GET', url: '/api/public/standings?list=black' })).json();
    expect(black.items[0]).toMatchObject({ reasonKind: 'complaint_upheld', validUntil: '2028-11-23' });
    expect(JSON.stringify(black)).not.toContain('上门服务时间不固定');
  });

  it('keeps the whole story on the timeline', async () => {
    const actions = (await org1.get(`/api/projects/${id}`)).json().timeline.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 4)).toEqual(['create', 'photo_upload', 'start', 'activity']);
    for (const a of ['milestone_return', 'rectification_reopen', 'deliver', 'open_evaluation', 'score', 'finalise', 'standing_red', 'complaint_uphold', 'standing_black']) expect(actions).toContain(a);
  });
});

describe('the demo seed', () => {
  it('has a finished project: 0.3×95 + 0.3×(100+95+90+100+85)/5 + 0.2×92 + 0.2×90 = 93.1 → 优秀, with a report', async () => {
    const list = (await street.get(`/api/projects?status=evaluated&q=${encodeURIComponent('银龄相伴')}`)).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ total: 93.1, grade: 'excellent', organisationId: org1Id });
    const pdf = await street.get(`/api/projects/${list.items[0].id}/report.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // Five activity photos exist; the report embeds at most four.
    expect(pdf.rawPayload.toString('latin1').match(/\/Subtype\s*\/Image/g)).toHaveLength(4);
  });
  it('has two projects in delivery; 四点半课堂 is flagged with an overdue milestone and an overdue rectification', async () => {
    const list = (await street.get('/api/projects?status=in_delivery')).json();
    const titles = list.items.map((p: { title: string }) => p.title);
    expect(titles).toEqual(expect.arrayContaining(['平安社区“四点半课堂”青少年托管服务项目', '平安社区邻里互助睦邻点建设项目']));
    expect(list.items.find((p: { title: string }) => p.title.includes('四点半')).overdueCount).toBe(2);
  });
});

describe('settings and termination', () => {
  it('lets the city official set weights and thresholds for their city only, checking the sums', async () => {
    const city = await t.login('city');
    expect((await city.get('/api/projects/evaluation-settings/150600000000')).json()).toEqual({
      weights: { party_org: 30, residents: 30, departments: 20, experts: 20 }, thresholds: { excellent: 90, good: 80, pass: 60 },
    });
    const put = (body: object, code = '150600000000') => t.app.inject({ method: 'PUT', url: `/api/projects/evaluation-settings/${code}`, headers: { cookie: city.cookie, 'x-csrf-token': city.csrf }, payload: body });
    const bad = await put({ weights: { party_org: 40, residents: 30, departments: 20, experts: 20 }, thresholds: { excellent: 90, good: 80, pass: 60 } });
    expect(bad.json()).toMatchObject({ code: 'EVALUATION_SETTINGS_INVALID', errors: [{ path: 'weights', message: '四方权重（weights）合计应为100，现为110' }] });
    expect((await put({ weights: { party_org: 25, residents: 25, departments: 25, experts: 25 }, thresholds: { excellent: 85, good: 75, pass: 60 } }, '150200000000')).statusCode).toBe(404);
    const ok = await put({ weights: { party_org: 25, residents: 35, departments: 20, experts: 20 }, thresholds: { excellent: 85, good: 75, pass: 60 } });
    expect(ok.statusCode).toBe(200);
    // The demo's finished project keeps its recorded grade; the provisional view of a new evaluation uses the new weights.
    const audit = await queryRows<{ action: string }>(t, sql`select action from audit_log where action = 'projects.settings'`);
    expect(audit).toHaveLength(1);
  });

  it('terminates only with a reason and only before evaluation', async () => {
    const p = (await street.post('/api/projects', { ...contract(), title: '终止测试项目' })).json();
    expect((await street.post(`/api/projects/${p.id}/transition`, { action: 'terminate' })).json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'reason' }] });
    expect((await street.post(`/api/projects/${p.id}/transition`, { action: 'terminate', reason: '承接组织主动退出' })).json().status).toBe('terminated');
    expect((await street.post(`/api/projects/${p.id}/transition`, { action: 'start' })).json().code).toBe('PROJECT_ILLEGAL_TRANSITION');
    expect((await org1.post(`/api/projects/${p.id}/activities`, { heldOn: '2026-11-20', place: '活动室', content: '讲座', participants: 1, beneficiaries: 1, photoIds: [] })).json().code).toBe('PROJECT_NOT_IN_DELIVERY');
  });

  it('finalises with the city weights: 25/35/20/20 over 80, 70, 60, 50 = 66.5 → 合格 with thresholds 85/75/60', async () => {
    const p = (await street.post('/api/projects', { ...contract(), title: '权重测试项目', milestones: [{ title: '唯一', dueOn: '2026-12-31', deliverables: '记录', paymentFen: 12_000_000 }] })).json();
    await org1.post(`/api/projects/${p.id}/milestones/${p.milestones[0].id}/submit`, { evidence: '完成', photoIds: [] });
    await street.post(`/api/projects/${p.id}/milestones/${p.milestones[0].id}/review`, { action: 'approve' });
    await street.post(`/api/projects/${p.id}/transition`, { action: 'open_evaluation' });
    await community.post(`/api/projects/${p.id}/evaluation/scores`, { score: 80 });
    await resident.post(`/api/public/rating/${p.ratingToken}`, { score: 70 });
    await street.post(`/api/projects/${p.id}/evaluation/scores`, { score: 60 });
    await expert.post(`/api/projects/${p.id}/evaluation/scores`, { score: 50 });
    // 0.25×80 + 0.35×70 + 0.20×60 + 0.20×50 = 20 + 24.5 + 12 + 10 = 66.5
    t.clock.advance(60_000); // later than the 优秀 result the same day, so it is the latest grade
    expect((await street.post(`/api/projects/${p.id}/transition`, { action: 'finalise' })).json()).toMatchObject({ total: 66.5, grade: 'pass' });
    const s = await findStandings(t.deps.db, [org1Id], '2026-11-23');
    expect(s.get(org1Id)!.latestGrade).toBe('pass');
  });
});
