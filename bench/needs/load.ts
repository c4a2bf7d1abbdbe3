import { NEED_SOURCES, SERVICE_DOMAINS } from '@wushe/common';
import type pg from 'pg';
import { foldForSearch } from '../../api/src/platform/text.js';

/** A province-sized tree: 1 province, 12 cities, 100 counties, 1,200 streets, 12,000 communities (codes 99…). */
export function provinceTree() {
  const rows: { code: string; parent: string | null; name: string; level: number; path: string }[] = [];
  const P = '990000000000';
  rows.push({ code: P, parent: null, name: '基准省', level: 1, path: `/${P}/` });
  const cities = Array.from({ length: 12 }, (_, c) => `99${String(c + 1).padStart(2, '0')}00000000`);
  for (const [i, code] of cities.entries()) rows.push({ code, parent: P, name: `基准市${i + 1}`, level: 2, path: `/${P}/${code}/` });
  const counties: string[] = [];
  for (let k = 0; k < 100; k++) {
    const city = cities[k % 12]!;
    const code = `${city.slice(0, 4)}${String(Math.floor(k / 12) + 1).padStart(2, '0')}000000`;
    counties.push(code);
    rows.push({ code, parent: city, name: `基准县${k + 1}`, level: 3, path: `/${P}/${city}/${code}/` });
  }
  const streets: string[] = [];
  for (let s = 0; s < 1200; s++) {
    const county = counties[s % 100]!;
    const code = `${county.slice(0, 6)}${String(Math.floor(s / 100) + 1).padStart(3, '0')}000`;
    streets.push(code);
    rows.push({ code, parent: county, name: `基准街道${s + 1}`, level: 4, path: `${rows.find((r) => r.code === county)!.path}${code}/` });
  }
  const pathOf = new Map(rows.map((r) => [r.code, r.path]));
  for (let m = 0; m < 12000; m++) {
    const street = streets[m % 1200]!;
    const code = `${street.slice(0, 9)}${String(Math.floor(m / 1200) + 1).padStart(3, '0')}`;
    rows.push({ code, parent: street, name: `基准社区${m + 1}`, level: 5, path: `${pathOf.get(street)!}${code}/` });
  }
  return { rows, cities, counties, streets };
}

const TEXTS = [
  ['小区老人吃饭难', '独居和高龄老人较多，希望开设老年助餐点或送餐上门。'],
  ['放学后孩子无人看管', '双职工家庭多，希望开设四点半课堂课后托管。'],
  ['楼道堆放杂物', '楼道长期堆放杂物，堵塞消防通道，存在安全隐患。'],
  ['老年人不会用智能手机', '看病挂号缴费都要用手机，老人不会操作，容易受骗。'],
  ['邻里噪音纠纷', '楼上楼下噪音纠纷多次发生，需要专业调解介入。'],
  ['失业人员技能培训', '登记失业人员希望参加家政、育婴员等职业技能培训。'],
  ['残疾人康复训练', '肢体残疾人需要定期康复训练，往返医院不便。'],
  ['路灯损坏夜间出行不安全', '小区路灯损坏近一个月，夜间老人出行存在安全隐患。'],
];
const STATUS_WEIGHTS: [string, number][] = [['submitted', 30], ['assessing', 15], ['accepted', 20], ['rejected', 10], ['answered', 10], ['merged', 5], ['in_call', 5], ['in_project', 4], ['closed', 1]];

/** Bulk-loads `n` needs with one INSERT … SELECT per batch (generated server-side), then the status count table. */
export async function loadNeeds(client: pg.Client, n: number, batch = 200_000): Promise<void> {
  const titles = TEXTS.map((x) => x[0]!);
  const descs = TEXTS.map((x) => x[1]!);
  const folded = TEXTS.map(([a, b]) => foldForSearch(`${a} ${b}`));
  const statusArr = STATUS_WEIGHTS.flatMap(([s, w]) => Array<string>(w).fill(s));
  const t0 = Date.parse('2024-01-01T00:00:00Z');
  for (let from = 0; from < n; from += batch) {
    const to = Math.min(n, from + batch);
    await client.query(`
      with comm as (select array_agg(code order by code) c, array_agg(path order by code) p from regions where level = 5),
      g as (select i, (hashint8(i) & 2147483647) as h1, (hashint8(i + 7777777) & 2147483647) as h2, lpad(to_hex($1::bigint + i * 60000), 12, '0') as hx, md5(i::text) as r from generate_series($2::bigint, $3::bigint) i)
      insert into needs (id, number, title, description, text_search, category, region_code, region_path, source, urgency, people_affected, request_count, status, version, created_at, updated_at)
      select (substr(hx,1,8)||'-'||substr(hx,9,4)||'-7'||substr(r,1,3)||'-8'||substr(r,4,3)||'-'||substr(r,7,12))::uuid,
        'B' || lpad(i::text, 9, '0'), ($4::text[])[1 + h1 % 8], ($5::text[])[1 + h1 % 8], ($6::text[])[1 + h1 % 8],
        ($7::text[])[1 + h2 % ${SERVICE_DOMAINS.length}], comm.c[1 + h1 % 12000], comm.p[1 + h1 % 12000], ($8::text[])[1 + (h2 / 16) % ${NEED_SOURCES.length}],
        (array['low','normal','urgent','critical'])[1 + (h2 / 128) % 4], 1 + h2 % 50, 1, ($9::text[])[1 + (h1 / 16384) % 100], 1,
        to_timestamp(($1::bigint + i * 60000) / 1000.0), to_timestamp(($1::bigint + i * 60000) / 1000.0)
      from g, comm`, [t0, from + 1, to, titles, descs, folded, [...SERVICE_DOMAINS], [...NEED_SOURCES], statusArr]);
    console.error(`  loaded ${to.toLocaleString()} needs`);
  }
  await client.query('truncate need_status_counts');
  // The same aggregation the service keeps incrementally: each need counts at its region and every ancestor.
  await client.query(`
    insert into need_status_counts (region_path, parent_path, status, category, source, n)
    select a.path, a.parent, n.status, n.category, n.source, count(*)
    from needs n cross join lateral (
      select '/' || array_to_string(parts[1:k], '/') || '/' as path, case when k = 1 then null else '/' || array_to_string(parts[1:k-1], '/') || '/' end as parent
      from (select string_to_array(trim(both '/' from n.region_path), '/') as parts) s, generate_series(1, array_length(parts, 1)) k
    ) a group by a.path, a.parent, n.status, n.category, n.source`);
}
