import { sql } from 'drizzle-orm';
import { maskPhone, newId } from '@wushe/common';
import { queryRows, type TestContext } from '../../../test/harness.js';

/** Inserts needs straight into the needs table (the needs list's own API is another domain's business). */
export async function insertNeeds(t: TestContext, rows: { title: string; category: string; regionCode: string; status?: string; contact?: { name: string; phone: string } }[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, r] of rows.entries()) {
    const id = newId();
    ids.push(id);
    const [region] = await queryRows<{ path: string }>(t, sql`select path from regions where code = ${r.regionCode}`);
    await t.database.db.execute(sql`insert into needs (id, number, title, description, text_search, category, region_code, region_path, source, urgency, status)
      values (${id}, ${`XQT-${id.slice(-8)}-${i}`}, ${r.title}, ${r.title}, ${r.title}, ${r.category}, ${r.regionCode}, ${region!.path}, 'household_visit', 'medium', ${r.status ?? 'accepted'})`);
    if (r.contact) {
      const { cipher } = t.deps;
      await t.database.db.execute(sql`update needs set contact_name = ${r.contact.name}, contact_phone_enc = ${cipher.encrypt(r.contact.phone)},
        contact_phone_hash = ${cipher.blindIndex(r.contact.phone)}, contact_phone_masked = ${maskPhone(r.contact.phone)} where id = ${id}`);
    }
  }
  return ids;
}
