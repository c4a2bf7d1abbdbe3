import { importDivisions, loadDivisionSubtree } from '../../domains/regions/index.js';
import { openCliContext } from '../context.js';

/** `regions import <code>`: loads a province, city, county or township subtree from the national division data. */
export async function runRegionsCommand(args: string[]): Promise<number> {
  const [sub, code] = args;
  if (sub !== 'import' || !code || !/^\d{2,12}$/.test(code)) {
    console.error('用法：npm run wushe -- regions import <区划代码>（省2位、市4位、县6位、乡镇9位，或12位统计用区划代码）');
    return 2;
  }
  let nodes;
  try {
    nodes = await loadDivisionSubtree(code);
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const { database, deps } = await openCliContext();
  try {
    const n = await importDivisions(deps.db, deps.clock, { actor: null, ip: '', requestId: `cli-regions-import-${code}` }, nodes);
    const byLevel = [1, 2, 3, 4, 5].map((l) => nodes.filter((x) => x.level === l).length);
    console.log(`已导入 ${n} 个区划（省${byLevel[0]}、市${byLevel[1]}、县级${byLevel[2]}、乡级${byLevel[3]}、村级${byLevel[4]}）`);
    return 0;
  } finally {
    await database.close();
  }
}
