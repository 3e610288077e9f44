/**
 * Draws the app icon (the favicon's three rising bars, white on red) as build/icons/512x512.png.
 * Dependency-free: rasterised here, PNG-encoded with node:zlib. Run: node build/icons/make-icon.mjs
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // supersampling per axis, for smooth edges
const RED = [0xb4, 0x23, 0x18];
const WHITE = [0xff, 0xff, 0xff];

// The favicon's geometry on a 32-unit grid: a rounded square (rx 7) and three round-capped bars.
const unit = SIZE / 32;
const bars = [
  { x: 9, y1: 12, y2: 22 },
  { x: 16, y1: 8, y2: 22 },
  { x: 23, y1: 15, y2: 22 },
];
const barRadius = 1.6;

function insideRoundedSquare(x, y) {
  const r = 7;
  const cx = Math.min(Math.max(x, r), 32 - r);
  const cy = Math.min(Math.max(y, r), 32 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideBar(x, y) {
  return bars.some((b) => {
    const cy = Math.min(Math.max(y, b.y1), b.y2);
    return (x - b.x) ** 2 + (y - cy) ** 2 <= barRadius ** 2;
  });
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let px = 0; px < SIZE; px++) {
    let bg = 0;
    let fg = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = (px + (sx + 0.5) / SAMPLES) / unit;
        const y = (py + (sy + 0.5) / SAMPLES) / unit;
        if (!insideRoundedSquare(x, y)) continue;
        if (insideBar(x, y)) fg++;
        else bg++;
      }
    }
    const n = SAMPLES * SAMPLES;
    const alpha = (bg + fg) / n;
    const o = 1 + px * 4;
    for (let c = 0; c < 3; c++) {
      row[o + c] = bg + fg ? Math.round((RED[c] * bg + WHITE[c] * fg) / (bg + fg)) : 0;
    }
    row[o + 3] = Math.round(alpha * 255);
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(dirname(fileURLToPath(import.meta.url)), `${SIZE}x${SIZE}.png`);
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
