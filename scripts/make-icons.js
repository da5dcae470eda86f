#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-<size>.png): four grade bars in the severity colours
 * on a rounded white tile. Run `node scripts/make-icons.js` after changing the design.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const BARS = ["#8B0000", "#F08C00", "#FFD43B", "#2E7D32"];
const BORDER = "#1B5E20";

function rgb(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function draw(size) {
  const px = (x, y) => {
    const r = size * 0.18;
    const inside = (cx, cy) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    const inCorner =
      (x < r && y < r && !inside(r, r)) ||
      (x > size - r && y < r && !inside(size - r, r)) ||
      (x < r && y > size - r && !inside(r, size - r)) ||
      (x > size - r && y > size - r && !inside(size - r, size - r));
    if (inCorner) return [0, 0, 0, 0];
    const border = Math.max(1, Math.round(size / 16));
    if (x < border || y < border || x >= size - border || y >= size - border) return [...rgb(BORDER), 255];
    const pad = size * 0.18;
    const barH = (size - 2 * pad) / BARS.length;
    const i = Math.floor((y - pad) / barH);
    if (i >= 0 && i < BARS.length && y >= pad && x >= pad) {
      const width = (size - 2 * pad) * (1 - i * 0.2);
      const gap = barH * 0.18;
      if (x < pad + width && (y - pad) % barH < barH - gap) return [...rgb(BARS[i]), 255];
    }
    return [255, 255, 255, 255];
  };
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = px(x + 0.5, y + 0.5);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = path.join(__dirname, "..", "assets");
fs.mkdirSync(dir, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(dir, `icon-${size}.png`), draw(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} to assets/`);
