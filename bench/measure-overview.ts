/**
 * The overview screen with the whole dataset: (1) opening the app on #/overview until the first counts are on
 * screen (the page's 'overview:ready' mark, relative to navigation start), over several reloads; (2) recomputing
 * after the as-of day or the period changed through the screen's own controls, read from the page's
 * 'overview:compute' measures, and the time from the click until the new figures are laid out.
 */
import type { Page } from 'playwright-core';
import { COMPLETE_MARK, COMPUTE_MEASURE, READY_MARK } from '../renderer/features/overview/marks.js';
import { median, p95 } from './stats.js';
import type { Measurement } from './report.js';

const READY = '[data-testid="overview-page"][data-ready="true"]';

interface LoadTiming {
  /** Navigation start to the first counts on screen. */
  ready: number;
  /** Navigation start to the lists, chart and tables on screen. */
  complete: number;
  /** Navigation start to the start of the first computation (the data has been read and joined by then). */
  dataIn: number;
  firstCompute: number;
  domContentLoaded: number;
}

async function oneLoad(page: Page): Promise<LoadTiming> {
  await page.reload({ waitUntil: 'commit' });
  await page.waitForSelector(READY, { timeout: 120_000 });
  await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, COMPLETE_MARK, { timeout: 120_000 });
  // The callbacks run inside the page, so the entry names travel as arguments.
  return page.evaluate(([readyMark, completeMark, computeMeasure]) => {
    const ready = performance.getEntriesByName(readyMark, 'mark')[0]!;
    const complete = performance.getEntriesByName(completeMark, 'mark')[0]!;
    const compute = performance.getEntriesByName(computeMeasure, 'measure')[0];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      ready: ready.startTime,
      complete: complete.startTime,
      dataIn: compute?.startTime ?? Number.NaN,
      firstCompute: compute?.duration ?? Number.NaN,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN,
    };
  }, [READY_MARK, COMPLETE_MARK, COMPUTE_MEASURE] as const);
}

/** Reloads on #/overview `loads` times after one warm-up load; returns the median and the warm-up (first) time. */
export async function measureOverviewLoad(page: Page, baseUrl: string, loads = 5): Promise<Measurement[]> {
  await page.goto(`${baseUrl}#/overview`, { waitUntil: 'commit' });
  await page.waitForSelector(READY, { timeout: 120_000 });
  const first = await oneLoad(page);
  const timings: LoadTiming[] = [];
  for (let i = 0; i < loads; i += 1) timings.push(await oneLoad(page));
  return [
    { name: 'overview: open app to interactive overview (median of reloads)', value: median(timings.map((t) => t.ready)), unit: 'ms', target: { max: 1500 } },
    { name: 'overview: open app to interactive overview (first reload)', value: first.ready, unit: 'ms' },
    { name: 'overview: open app to lists, chart and tables drawn (median)', value: median(timings.map((t) => t.complete)), unit: 'ms' },
    { name: 'overview: open app, of which DOMContentLoaded (median)', value: median(timings.map((t) => t.domContentLoaded)), unit: 'ms' },
    { name: 'overview: open app, of which data read and joined (median)', value: median(timings.map((t) => t.dataIn)), unit: 'ms' },
    { name: 'overview: first computation at load, cold code (median)', value: median(timings.map((t) => t.firstCompute)), unit: 'ms' },
  ];
}

interface ClickTiming {
  /** Click to the new counts laid out (the urgent render). */
  counts: number;
  /** Click to the lists, chart and tables drawn anew (the deferred render). */
  complete: number;
}

/**
 * Clicks one of the overview's controls inside the page and times it: until the new counts are laid out (the
 * click runs React's update for a discrete event, the microtasks let it commit, and reading the layout makes the
 * browser compute styles and layout at once), and until the page marks 'overview:complete' again. Returns null
 * when the click did not recompute (nothing changed).
 */
async function timedClick(page: Page, selector: string, text: string): Promise<ClickTiming | null> {
  return page.evaluate(
    async ([sel, label, computeMeasure, completeMark]) => {
      const target = Array.from(document.querySelectorAll<HTMLElement>(sel)).find((el) => el.textContent?.trim() === label);
      if (target === undefined) throw new Error(`no control "${label}" (${sel})`);
      const computed = () => performance.getEntriesByName(computeMeasure, 'measure').length;
      const completed = () => performance.getEntriesByName(completeMark, 'mark').length;
      const before = computed();
      const doneBefore = completed();
      const start = performance.now();
      target.click();
      for (let i = 0; i < 50 && computed() === before; i += 1) await new Promise<void>((r) => setTimeout(r, 0));
      await Promise.resolve();
      void document.body.offsetHeight;
      const counts = performance.now() - start;
      if (computed() === before) return null;
      for (let i = 0; i < 2000 && completed() === doneBefore; i += 1) await new Promise<void>((r) => setTimeout(r, 1));
      void document.body.offsetHeight;
      const complete = performance.now() - start;
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
      return { counts, complete };
    },
    [selector, text, COMPUTE_MEASURE, COMPLETE_MARK] as const,
  );
}

/** Starts the app afresh on #/overview and waits until the whole screen is drawn. */
export async function reloadOnOverview(page: Page): Promise<void> {
  await page.evaluate(() => {
    location.hash = '#/overview';
  });
  await oneLoad(page);
}

/** Types an as-of day into the screen's date field (dd/mm/yyyy, Enter), as a user would. */
async function setAsOf(page: Page, viDate: string): Promise<void> {
  const before = await page.evaluate((name) => performance.getEntriesByName(name, 'measure').length, COMPUTE_MEASURE);
  const field = page.locator('#overview-as-of');
  await field.click();
  await field.fill(viDate);
  await field.press('Enter');
  await page.keyboard.press('Escape');
  await page.waitForFunction(([name, n]) => performance.getEntriesByName(name, 'measure').length > n, [COMPUTE_MEASURE, before] as const, { timeout: 10_000 });
}

const QUICK = ['Tháng này', 'Quý này', 'Năm nay', 'Tất cả'];
const BASES = ['Đến hạn trong kỳ', 'Giao trong kỳ'];
const AS_OF_DAYS = ['31/12/2016', '30/06/2018', '15/03/2019', '31/12/2020', '01/07/2021', '30/09/2022', '31/03/2023', '15/08/2024', '25/11/2025', '31/12/2025'];

/** Changes the as-of day and the period many times; statistics of the computations and of click-to-layout times. */
export async function measureOverviewRecompute(page: Page): Promise<Measurement[]> {
  await page.waitForSelector(READY);
  await page.evaluate((name) => performance.clearMeasures(name), COMPUTE_MEASURE);
  const clicks: ClickTiming[] = [];
  for (const day of AS_OF_DAYS) {
    await setAsOf(page, day);
    for (const basis of BASES) {
      const t = await timedClick(page, '.ant-radio-button-wrapper', basis);
      if (t !== null) clicks.push(t);
      for (const quick of QUICK) {
        const q = await timedClick(page, '.ant-radio-button-wrapper', quick);
        if (q !== null) clicks.push(q);
      }
    }
  }
  const computes = await page.evaluate((name) => performance.getEntriesByName(name, 'measure').map((m) => m.duration), COMPUTE_MEASURE);
  return [
    { name: `overview: recompute after as-of/period change, median (${computes.length} changes)`, value: median(computes), unit: 'ms', target: { max: 50 } },
    { name: 'overview: recompute after as-of/period change, p95', value: p95(computes), unit: 'ms', target: { max: 50 } },
    { name: `overview: click to new counts laid out, median (${clicks.length} clicks)`, value: median(clicks.map((c) => c.counts)), unit: 'ms' },
    { name: 'overview: click to new counts laid out, p95', value: p95(clicks.map((c) => c.counts)), unit: 'ms' },
    { name: 'overview: click to lists, chart and tables redrawn, median', value: median(clicks.map((c) => c.complete)), unit: 'ms' },
    { name: 'overview: click to lists, chart and tables redrawn, p95', value: p95(clicks.map((c) => c.complete)), unit: 'ms' },
  ];
}
