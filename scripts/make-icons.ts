// npm run icons: draws the app's mark (the logo in components/ui/logo.tsx) into public/ as
// favicon.ico (16, 32 and 48 px) and PNG app icons. The output is committed; run this again only
// when the mark changes. No image library: the mark is a circle and a polyline, drawn here with
// 4×4 supersampling and written with node:zlib.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const BRAND: [number, number, number] = [0xd9, 0x22, 0x3a]; // --color-brand-600
const LINE: [number, number][] = [
  [9, 20],
  [13, 14],
  [17, 17],
  [23, 10],
];
const SAMPLES = 4;

function distanceToSegment(x: number, y: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** RGBA pixels of the mark at `size` px, in the 32-unit coordinates of the SVG. */
function drawMark(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let inCircle = 0;
      let onLine = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = ((px + (sx + 0.5) / SAMPLES) * 32) / size;
          const y = ((py + (sy + 0.5) / SAMPLES) * 32) / size;
          if (Math.hypot(x - 16, y - 16) > 15) continue;
          inCircle += 1;
          const near = LINE.slice(1).some((point, i) => distanceToSegment(x, y, LINE[i]!, point) <= 1.25);
          if (near) onLine += 1;
        }
      }
      const white = inCircle ? onLine / inCircle : 0;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c += 1) pixels[offset + c] = Math.round(BRAND[c]! * (1 - white) + 255 * white);
      pixels[offset + 3] = Math.round((255 * inCircle) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const pixels = drawMark(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, no interlace
  // Each row starts with filter type 0 (none).
  const rows = Buffer.concat(
    Array.from({ length: size }, (_, y) =>
      Buffer.concat([Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4)]),
    ),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An .ico holding PNG images (every browser since IE 11 reads them). */
function ico(sizes: number[]): Buffer {
  const images = sizes.map(png);
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map((image, i) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(sizes[i]! % 256, 0);
    entry.writeUInt8(sizes[i]! % 256, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(image.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += image.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images]);
}

const out = join(import.meta.dirname, "..", "public");
writeFileSync(join(out, "favicon.ico"), ico([16, 32, 48]));
writeFileSync(join(out, "apple-touch-icon.png"), png(180));
writeFileSync(join(out, "icon-192.png"), png(192));
writeFileSync(join(out, "icon-512.png"), png(512));
console.log(`icons written to ${out}`);
