// Writes the ribbon and add-in icons of manifest.xml: a white letter on a blue square, as PNG
// files in this folder. Run with `node assets/generate-icons.cjs`; the PNGs are committed.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

// 5×7 glyphs, one string per row, '#' = ink.
const GLYPHS = {
  L: ['#....', '#....', '#....', '#....', '#....', '#....', '#####'],
  H: ['#...#', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  E: ['#####', '#....', '#....', '####.', '#....', '#....', '#####'],
};
const BLUE = [0x1f, 0x5f, 0xad, 0xff];
const WHITE = [0xff, 0xff, 0xff, 0xff];
const CLEAR = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function pixels(size, glyph) {
  const scale = Math.max(2, Math.round((size * 0.75) / 7));
  const gw = 5 * scale;
  const gh = 7 * scale;
  const x0 = Math.floor((size - gw) / 2);
  const y0 = Math.floor((size - gh) / 2);
  const radius = Math.max(1, Math.round(size / 8));
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [];
    for (let x = 0; x < size; x++) {
      const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
      const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
      const outside = dx * dx + dy * dy > radius * radius;
      const gx = Math.floor((x - x0) / scale);
      const gy = Math.floor((y - y0) / scale);
      const ink = x >= x0 && y >= y0 && gx < 5 && gy < 7 && glyph[gy][gx] === '#';
      row.push(outside ? CLEAR : ink ? WHITE : BLUE);
    }
    rows.push(row);
  }
  return rows;
}

function png(size, glyph) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.concat(pixels(size, glyph).map((row) => Buffer.from([0, ...row.flat()])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const SETS = { icon: 'L', 'hitung-ulang': 'H', periksa: 'P', 'buat-e81': 'E' };
for (const [name, letter] of Object.entries(SETS)) {
  for (const size of [16, 32, 64, 80]) {
    fs.writeFileSync(path.join(__dirname, `${name}-${size}.png`), png(size, GLYPHS[letter]));
  }
}
