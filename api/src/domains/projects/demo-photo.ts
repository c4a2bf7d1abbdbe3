import { deflateSync } from 'node:zlib';

/**
 * A small landscape-like PNG for demo activities (sky, hills, a sun), so the demo's photos and the report's
 * embedded images are real images without shipping binary files. `hue` varies them.
 */
export function demoPhotoPng(hue: number, width = 320, height = 200): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  const sunX = width * (0.2 + (hue % 5) * 0.12);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const hill = height * 0.62 + Math.sin((x / width) * Math.PI * 2 + hue) * height * 0.08;
      const sun = (x - sunX) ** 2 + (y - height * 0.25) ** 2 < (height * 0.09) ** 2;
      let rgb: [number, number, number];
      if (sun) rgb = [255, 214, 102];
      else if (y < hill) rgb = [120 + (y * 80) / height, 170 + (y * 50) / height, 235];
      else rgb = [60 + ((hue * 37) % 60), 140 + ((y - hill) * 60) / height, 70];
      raw.set(rgb.map(Math.round), y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
