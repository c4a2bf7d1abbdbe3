/** Excel 97–2003 `.xls` reading (CFB container + BIFF8 records), written for department files; no dependency. */
import { readBiff8, type XlsSheet } from './biff.js';
import { CompoundFile, XlsError } from './cfb.js';

export { XlsError, isCompoundFile } from './cfb.js';
export type { XlsSheet, XlsValue } from './biff.js';

export function readXls(bytes: Uint8Array): XlsSheet[] {
  const cfb = new CompoundFile(bytes);
  const workbook = cfb.stream('Workbook');
  if (workbook) return readBiff8(workbook);
  if (cfb.stream('Book')) throw new XlsError('这是 Excel 5.0/95 格式的 .xls，请在 Excel 或 WPS 中另存为 .xlsx 后再导入');
  if (cfb.stream('EncryptedPackage')) throw new XlsError('文件设置了密码或加密，请去掉密码后再导入');
  throw new XlsError('复合文档中没有工作簿（不是 Excel 文件）');
}
