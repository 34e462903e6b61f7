#!/usr/bin/env node
// Draws the add-in icon (a green rounded square with a white check mark) as PNGs at the sizes Office
// asks for: 16/32/80 for the ribbon, 32/64 for IconUrl/HighResolutionIconUrl, 128 for stores.
// Pure Node (zlib), no image libraries. Run: node scripts/make-icons.js  → assets/icon-<size>.png
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x1f, 0x6f, 0x4a]; // the header fill of the record tables (schema HEADER_FILL)
const WHITE = [0xff, 0xff, 0xff];
const SS = 4; // supersampling per axis, for smooth edges

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels (Uint8Array, size×size×4) as a PNG. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Distance from point p to segment a–b. */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** What covers unit-square point (x, y): 0 transparent, 1 green, 2 white. */
function sample(x, y) {
  const r = 0.2; // corner radius
  const m = 0.03; // margin
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  if (Math.hypot(x - cx, y - cy) > r) return 0;
  // The check mark: two strokes meeting at the bottom.
  const w = 0.075;
  const d = Math.min(segDist(x, y, 0.25, 0.52, 0.43, 0.7), segDist(x, y, 0.43, 0.7, 0.76, 0.32));
  return d <= w ? 2 : 1;
}

function drawIcon(size) {
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let green = 0;
      let white = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const s = sample((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size);
          if (s === 1) green++;
          else if (s === 2) white++;
        }
      }
      const cover = green + white;
      const i = (y * size + x) * 4;
      if (cover === 0) continue;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round((GREEN[c] * green + WHITE[c] * white) / cover);
      px[i + 3] = Math.round((255 * cover) / (SS * SS));
    }
  }
  return encodePng(size, px);
}

module.exports = { drawIcon, encodePng, SIZES };

if (require.main === module) {
  const out = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(out, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(out, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}
