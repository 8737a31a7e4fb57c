// Draws the application icon as SVG and rasterises it with Chromium (playwright-core), then writes
// assets/icon.svg, icon-small.svg and icon-16.svg (the drawings), assets/icon.png (512 px) and assets/icon.ico (16-256 px).
// Run: node scripts/make-icons.mjs   (needs /usr/bin/chromium or CHROMIUM_PATH)
//
// The ICO holds classic 32-bit BMP entries up to 128 px (understood by every Windows tool, NSIS included)
// and a PNG entry at 256 px (the Vista+ convention). Sizes up to 32 px use simplified drawings so the
// document and its seal stay legible on a taskbar.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const RED = '#c8102e';
const GOLD = '#ffcd00';
const INK = '#3d4650';

function star(cx, cy, outer, inner) {
  const points = [];
  for (let i = 0; i < 10; i += 1) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + r * Math.cos(angle)).toFixed(2)},${(cy + r * Math.sin(angle)).toFixed(2)}`);
  }
  return `<polygon points="${points.join(' ')}" fill="${GOLD}"/>`;
}

/** The full drawing: a page with a folded corner, a red title line, text lines, and a red seal with a gold star. */
const fullSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256">
  <path d="M52 12 H160 L212 64 V226 a16 16 0 0 1 -16 16 H52 a16 16 0 0 1 -16 -16 V28 a16 16 0 0 1 16 -16 Z" fill="#ffffff" stroke="${INK}" stroke-width="9" stroke-linejoin="round"/>
  <path d="M160 12 V50 a14 14 0 0 0 14 14 H212" fill="#dfe3e8" stroke="${INK}" stroke-width="9" stroke-linejoin="round"/>
  <rect x="62" y="78" width="96" height="14" rx="7" fill="${RED}"/>
  <rect x="62" y="110" width="122" height="11" rx="5.5" fill="#8c96a1"/>
  <rect x="62" y="136" width="104" height="11" rx="5.5" fill="#8c96a1"/>
  <rect x="62" y="162" width="60" height="11" rx="5.5" fill="#8c96a1"/>
  <circle cx="178" cy="184" r="62" fill="${RED}" stroke="#ffffff" stroke-width="8"/>
  <circle cx="178" cy="184" r="47" fill="none" stroke="#f6c5cd" stroke-width="4"/>
  ${star(178, 186, 34, 13.5)}
</svg>`;

/** The small drawing, on a 32-unit grid: thicker outline, fewer lines, a bigger seal. */
const smallSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <path d="M5.5 1.5 H19 L25.5 8 V28 a2 2 0 0 1 -2 2 H5.5 a2 2 0 0 1 -2 -2 V3.5 a2 2 0 0 1 2 -2 Z" fill="#ffffff" stroke="${INK}" stroke-width="2" stroke-linejoin="round"/>
  <rect x="7" y="9" width="10" height="2.5" fill="${RED}"/>
  <rect x="7" y="14" width="12" height="2" fill="#8c96a1"/>
  <circle cx="22" cy="22.5" r="9" fill="${RED}" stroke="#ffffff" stroke-width="1.5"/>
  ${star(22, 23, 6, 2.4)}
</svg>`;

/** The 16 px drawing, pixel-aligned: a crisp outline matters more than detail at this size. */
const tinySvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">
  <path d="M1.5 0.5 H8.5 L11.5 3.5 V15.5 H1.5 Z" fill="#ffffff" stroke="${INK}" stroke-width="1" stroke-linejoin="miter"/>
  <rect x="3" y="4" width="5" height="1" fill="${RED}"/>
  <rect x="3" y="6" width="6" height="1" fill="#8c96a1"/>
  <circle cx="11" cy="11" r="5" fill="${RED}"/>
  ${star(11, 11.3, 3.4, 1.4)}
</svg>`;

const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const SMALL_LIMIT = 32;
const drawingFor = (size) => (size <= 16 ? tinySvg : size <= SMALL_LIMIT ? smallSvg : fullSvg);

/** Rasterises an SVG at `size` px in the page; returns RGBA pixels and a PNG. */
async function rasterise(page, svg, size) {
  return page.evaluate(
    async ({ svg, size }) => {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d');
      context.imageSmoothingQuality = 'high';
      context.drawImage(image, 0, 0, size, size);
      const rgba = Array.from(context.getImageData(0, 0, size, size).data);
      const png = canvas.toDataURL('image/png').split(',')[1];
      return { rgba, png };
    },
    { svg, size },
  );
}

/** A 32-bit BMP icon entry: BITMAPINFOHEADER, bottom-up BGRA rows, then an all-zero AND mask. */
function bmpEntry(rgba, size) {
  const maskRow = Math.ceil(size / 32) * 4;
  const out = Buffer.alloc(40 + size * size * 4 + maskRow * size);
  out.writeUInt32LE(40, 0);
  out.writeInt32LE(size, 4);
  out.writeInt32LE(size * 2, 8); // colour rows plus mask rows
  out.writeUInt16LE(1, 12);
  out.writeUInt16LE(32, 14);
  out.writeUInt32LE(0, 16);
  out.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  let offset = 40;
  for (let y = size - 1; y >= 0; y -= 1) {
    for (let x = 0; x < size; x += 1) {
      const i = (y * size + x) * 4;
      out[offset++] = rgba[i + 2];
      out[offset++] = rgba[i + 1];
      out[offset++] = rgba[i];
      out[offset++] = rgba[i + 3];
    }
  }
  return out;
}

function packIco(entries) {
  const header = Buffer.alloc(6 + 16 * entries.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(entries.length, 4);
  let offset = header.length;
  entries.forEach(({ size, data }, index) => {
    const at = 6 + index * 16;
    header[at] = size >= 256 ? 0 : size;
    header[at + 1] = size >= 256 ? 0 : size;
    header[at + 2] = 0;
    header[at + 3] = 0;
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...entries.map((e) => e.data)]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  const entries = [];
  for (const size of ICO_SIZES) {
    const { rgba, png } = await rasterise(page, drawingFor(size), size);
    entries.push({ size, data: size >= 256 ? Buffer.from(png, 'base64') : bmpEntry(rgba, size) });
  }
  writeFileSync('assets/icon.ico', packIco(entries));
  const large = await rasterise(page, fullSvg, 512);
  writeFileSync('assets/icon.png', Buffer.from(large.png, 'base64'));
  writeFileSync('assets/icon.svg', `${fullSvg}\n`);
  writeFileSync('assets/icon-small.svg', `${smallSvg}\n`);
  writeFileSync('assets/icon-16.svg', `${tinySvg}\n`);
  console.log(`assets/icon.ico: ${ICO_SIZES.join(', ')} px; assets/icon.png: 512 px`);
} finally {
  await browser.close();
}
