/**
 * The register screen with the whole dataset: typing searches letter by letter in its search box, scrolling its
 * list, and the same searches done by the index and the naive way in the same page on the same rows.
 *
 * A keystroke is dispatched at the start of an animation frame (inside a requestAnimationFrame callback), then
 * timed until React has committed the result (the page's 'register:query' measure appeared) and the browser has
 * computed styles and layout for it: that is the work that must fit in one 16.7 ms frame. The start of the next
 * frame is also recorded, to count keystrokes that delayed a frame.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { ProbeResult } from './in-page/register-probe.js';
import type { Measurement } from './report.js';
import { DB_NAME } from './seed.js';
import { mean, median, p95 } from './stats.js';

/** Realistic searches, typed without diacritics as most people do. */
export const QUERIES = [
  'thi dua',
  'dan van',
  'mat tran',
  'phu nu',
  'nong dan',
  'cuu chien binh',
  'thanh nien',
  'chuyen doi so',
  'giam ngheo',
  'cai cach hanh chinh',
  'nong thon moi',
  'khu dan cu kieu mau',
  'dan chu o co so',
  'an toan giao thong',
  'tiep cong dan',
  'phat trien dang vien',
] as const;

const SEARCH_BOX = 'input[aria-label="Tìm trong sổ theo dõi"]';
const GRID = '[data-testid="register-grid"]';

interface Keystroke {
  /** The text in the box after the keystroke. */
  text: string;
  work: number;
  frame: number;
  query: number;
}

/** Opens the register and waits until its list shows rows. */
export async function openRegister(page: Page): Promise<void> {
  await page.evaluate(() => {
    location.hash = '#/register';
  });
  await page.waitForSelector(SEARCH_BOX, { timeout: 120_000 });
  await page.waitForFunction((grid) => (document.querySelector(grid)?.querySelectorAll('[role="row"]').length ?? 0) > 2, GRID, { timeout: 120_000 });
}

async function typeQuery(page: Page, query: string): Promise<Keystroke[]> {
  return page.evaluate(
    async ([box, text]) => {
      const input = document.querySelector<HTMLInputElement>(box);
      if (input === null) throw new Error('no search box');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const frame = () => new Promise<number>((r) => requestAnimationFrame((ts) => r(ts)));
      const macrotask = () => new Promise<void>((r) => setTimeout(r, 0));
      const count = () => performance.getEntriesByName('register:query', 'measure').length;
      const type = async (value: string): Promise<{ text: string; work: number; frame: number; query: number }> => {
        await frame();
        const before = count();
        const start = performance.now();
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await Promise.resolve();
        for (let i = 0; i < 200 && count() === before; i += 1) await macrotask();
        void document.body.offsetHeight;
        const work = performance.now() - start;
        const next = await frame();
        const measures = performance.getEntriesByName('register:query', 'measure');
        return { text: value, work, frame: next - start, query: measures.length > before ? measures[measures.length - 1]!.duration : Number.NaN };
      };
      const out: Array<{ text: string; work: number; frame: number; query: number }> = [];
      input.focus();
      for (let n = 1; n <= text.length; n += 1) {
        out.push(await type(text.slice(0, n)));
        // A person types a few letters a second; leave the page idle a moment between keys.
        await new Promise((r) => setTimeout(r, 30));
      }
      await type('');
      return out;
    },
    [SEARCH_BOX, query] as const,
  );
}

/** The interval between animation frames when nothing happens (16.7 ms at 60 Hz). */
export async function idleFrameInterval(page: Page): Promise<number> {
  const deltas = await page.evaluate(async () => {
    const out: number[] = [];
    let last = await new Promise<number>((r) => requestAnimationFrame((ts) => r(ts)));
    for (let i = 0; i < 60; i += 1) {
      const ts = await new Promise<number>((r) => requestAnimationFrame((t) => r(t)));
      out.push(ts - last);
      last = ts;
    }
    return out;
  });
  return median(deltas);
}

/** Types every query letter by letter through the screen. */
export async function measureKeystrokes(page: Page, interval: number): Promise<Measurement[]> {
  const strokes: Keystroke[] = [];
  for (const q of QUERIES) strokes.push(...(await typeQuery(page, q)));
  const work = strokes.map((s) => s.work);
  const queries = strokes.map((s) => s.query).filter((q) => Number.isFinite(q));
  const late = strokes.filter((s) => s.frame > interval * 1.5).length;
  const slowest = [...strokes].sort((a, b) => b.work - a.work).slice(0, 8);
  console.log(`  slowest keystrokes: ${slowest.map((s) => `"${s.text}" ${s.work.toFixed(1)} ms (query ${s.query.toFixed(1)})`).join(', ')}`);
  const byLength = (min: number, max: number) => strokes.filter((s) => s.text.length >= min && s.text.length <= max).map((s) => s.work);
  console.log(`  p95 by text length: 1-2 letters ${p95(byLength(1, 2)).toFixed(1)} ms, 3-5 ${p95(byLength(3, 5)).toFixed(1)} ms, 6+ ${p95(byLength(6, 99)).toFixed(1)} ms`);
  return [
    { name: `register keystroke: input to result laid out, median (${strokes.length} keystrokes)`, value: median(work), unit: 'ms', target: { max: 16 } },
    { name: 'register keystroke: input to result laid out, p95', value: p95(work), unit: 'ms', target: { max: 16 } },
    { name: "register keystroke: page's 'register:query' measure, median", value: median(queries), unit: 'ms' },
    { name: "register keystroke: page's 'register:query' measure, p95", value: p95(queries), unit: 'ms' },
    { name: 'register keystroke: keystrokes that delayed the next frame', value: (100 * late) / strokes.length, unit: '%' },
  ];
}

/** Scrolls the register's list for about `ms` milliseconds, one step per frame; frame times from rAF. */
export async function measureScroll(page: Page, interval: number, ms = 2000): Promise<Measurement[]> {
  const result = await page.evaluate(
    async ([grid, duration]) => {
      const list = document.querySelector<HTMLElement>(grid);
      if (list === null) throw new Error('no register list');
      list.scrollTop = 0;
      const deltas: number[] = [];
      let last = await new Promise<number>((r) => requestAnimationFrame((t) => r(t)));
      const end = last + duration;
      let direction = 1;
      while (last < end) {
        // About three rows a frame, the speed of a brisk mouse wheel; turn back at either end.
        if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) direction = -1;
        else if (list.scrollTop <= 0) direction = 1;
        list.scrollTop += direction * 120;
        const ts = await new Promise<number>((r) => requestAnimationFrame((t) => r(t)));
        deltas.push(ts - last);
        last = ts;
      }
      return { deltas, height: list.scrollHeight };
    },
    [GRID, ms] as const,
  );
  // A frame that took two intervals means one frame was not drawn.
  const dropped = result.deltas.reduce((sum, d) => sum + Math.max(0, Math.round(d / interval) - 1), 0);
  return [
    { name: `register scroll: frame time, mean (${result.deltas.length} frames)`, value: mean(result.deltas), unit: 'ms' },
    { name: 'register scroll: frame time, p95', value: p95(result.deltas), unit: 'ms' },
    { name: `register scroll: dropped frames (of ${result.deltas.length + dropped})`, value: dropped, unit: 'frames' },
  ];
}

/** Bundles the in-page probe (the application's register engine) into one script. */
async function probeScript(): Promise<string> {
  const out = await build({
    entryPoints: [resolve('bench/in-page/register-probe.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome130',
    write: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}

/** The same searches by the index and the naive way, in the page, on the rows built from the page's database. */
export async function measureIndexedVsNaive(page: Page, today: string): Promise<{ measurements: Measurement[]; probe: ProbeResult }> {
  const script = await probeScript();
  await page.evaluate(script);
  const probe = await page.evaluate(
    ([name, queries, day]) => (globalThis as unknown as { __registerProbe: { run(n: string, q: readonly string[], d: string): Promise<ProbeResult> } }).__registerProbe.run(name, queries, day),
    [DB_NAME, QUERIES, today] as const,
  );
  const ratio = median(probe.naive) / median(probe.indexed);
  return {
    probe,
    measurements: [
      { name: `register search engine: per keystroke, indexed, median (${probe.rows} rows)`, value: median(probe.indexed), unit: 'ms' },
      { name: 'register search engine: per keystroke, indexed, p95', value: p95(probe.indexed), unit: 'ms' },
      { name: 'register search engine: per keystroke, naive includes, median', value: median(probe.naive), unit: 'ms' },
      { name: 'register search engine: per keystroke, naive includes, p95', value: p95(probe.naive), unit: 'ms' },
      { name: 'register search engine: naive / indexed (medians)', value: ratio, unit: '×' },
      { name: 'register search engine: build rows', value: probe.buildRowsMs, unit: 'ms' },
      { name: 'register search engine: build index (cold): folded texts', value: probe.buildIndexMs, unit: 'ms' },
      { name: 'register search engine: build index (cold): word index, before the first search', value: probe.buildWordsMs, unit: 'ms' },
    ],
  };
}
