import { describe, expect, it } from 'vitest';
import { createPdf, pdfToBuffer } from './pdf.js';

describe('createPdf', () => {
  it('embeds a CJK font so Chinese text is real glyphs, not boxes', async () => {
    const doc = createPdf({ title: '测试报告' });
    doc.fontSize(14).text('鄂尔多斯市五社联动结项报告');
    const pdf = await pdfToBuffer(doc);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A subset of the font travels inside the file: its FontFile entry and the Noto CJK name.
    const text = pdf.toString('latin1');
    expect(text).toMatch(/FontFile[23]?/);
    expect(text).toMatch(/NotoSansCJK|WenQuanYi/);
  });
});
