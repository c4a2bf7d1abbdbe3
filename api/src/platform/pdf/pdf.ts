import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { AppError } from '@wushe/common';

/**
 * Chinese PDFs need a CJK font embedded, or every character prints as an empty box. pdfkit subsets the font, so a
 * report stays small (~60 KB). Debian's fonts-noto-cjk is the default; WUSHE_PDF_FONT points at any other TTF/OTF/TTC.
 */
const CANDIDATES: { path: string; regular: string; bold: string }[] = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', regular: 'NotoSansCJKsc-Regular', bold: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', regular: 'NotoSansCJKsc-Regular', bold: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', regular: 'WenQuanYiMicroHei', bold: 'WenQuanYiMicroHei' },
];
const BOLD = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';

interface FontChoice { path: string; family?: string; boldPath: string; boldFamily?: string }

function findFont(): FontChoice | null {
  const custom = process.env.WUSHE_PDF_FONT;
  if (custom && existsSync(custom)) return { path: custom, boldPath: custom };
  const found = CANDIDATES.find((c) => existsSync(c.path));
  if (!found) return null;
  const bold = existsSync(BOLD) && found.path.includes('/opentype/noto/');
  return { path: found.path, family: found.regular, boldPath: bold ? BOLD : found.path, boldFamily: bold ? 'NotoSansCJKsc-Bold' : found.bold };
}

/** A new A4 document with fonts `cjk` and `cjk-bold` registered and `cjk` selected. */
export function createPdf(info: { title: string; author?: string }): PDFKit.PDFDocument {
  const font = findFont();
  if (!font) throw new AppError('PDF_FONT_MISSING');
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: info.title, Author: info.author ?? 'wushe 五社联动服务平台' }, bufferPages: true });
  doc.registerFont('cjk', font.path, font.family);
  doc.registerFont('cjk-bold', font.boldPath, font.boldFamily);
  doc.font('cjk');
  return doc;
}

/** Ends the document and collects it into one buffer. */
export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
