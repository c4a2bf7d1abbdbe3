import ordos from '../domains/regions/data/ordos-150600.json' with { type: 'json' };
import type { DivisionNode } from '../domains/regions/index.js';

/** The demo city: 鄂尔多斯市 (150600) with its 9 banners/districts, 88 townships/streets and 1,011 communities/villages. */
export const ORDOS_DIVISIONS: DivisionNode[] = (ordos as [string, string | null, string, number][]).map(([code, parentCode, name, level]) => ({ code, parentCode, name, level }));

/**
 * Resident population per banner/district: realistic round figures near the 2020 census (demo data, not an
 * official source), except 伊金霍洛旗 238,000, which seed 003 gives. The city total is their sum.
 */
export const BANNER_POPULATION: Record<string, number> = {
  '150602000000': 582_000, // 东胜区
  '150603000000': 119_000, // 康巴什区
  '150621000000': 331_000, // 达拉特旗
  '150622000000': 381_000, // 准格尔旗
  '150623000000': 76_000, // 鄂托克前旗
  '150624000000': 158_000, // 鄂托克旗
  '150625000000': 121_000, // 杭锦旗
  '150626000000': 134_000, // 乌审旗
  '150627000000': 238_000, // 伊金霍洛旗 (seed 003)
};

/** Populations of the demo street and communities where the demo accounts work (made up, plausible). */
export const LOCAL_POPULATION: Record<string, number> = {
  '150627100000': 96_000, // 阿勒腾席热镇
  '150627100001': 8_600, // 平安社区
  '150627100002': 7_900, // 恩可社区
};

/** Made-up grids and micro-grids under two communities of 阿勒腾席热镇 (grids are ours, not national). */
export const DEMO_GRIDS: { parentCode: string; name: string; population: number; micro?: { name: string; population: number }[] }[] = [
  { parentCode: '150627100001', name: '平安社区第一网格', population: 2_900, micro: [{ name: '平安小区1—4号楼微网格', population: 620 }, { name: '平安小区5—8号楼微网格', population: 580 }] },
  { parentCode: '150627100001', name: '平安社区第二网格', population: 3_100 },
  { parentCode: '150627100001', name: '平安社区第三网格', population: 2_600 },
  { parentCode: '150627100002', name: '恩可社区第一网格', population: 4_000, micro: [{ name: '恩可花园微网格', population: 700 }] },
  { parentCode: '150627100002', name: '恩可社区第二网格', population: 3_900 },
];

export const DEMO_CITY_CODE = '150600000000';
