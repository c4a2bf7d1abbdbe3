import { seedDemoIfEmpty } from '../../seed/index.js';
import { openCliContext } from '../context.js';

/** `migrate` (and `seed`): apply migrations; with seed, load the demo city into an empty database. */
export async function runSeedCommand(seed: boolean): Promise<number> {
  const { database, deps } = await openCliContext();
  try {
    console.log('数据库迁移完成');
    if (seed) console.log((await seedDemoIfEmpty(deps)) ? '已载入示范城市 鄂尔多斯市' : '数据库非空，未载入示范数据');
    return 0;
  } finally {
    await database.close();
  }
}
