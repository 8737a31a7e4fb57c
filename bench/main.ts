/**
 * `npm run bench`: the speed of the application with ten years of data (bench/dataset.ts, fixed seed, scale 1),
 * measured in Debian's Chromium on the renderer built from the current code, plus the Word document builds in
 * Node. Writes bench/results.json and bench/machine.json and prints a table with the targets.
 *
 * Options: --reuse-build (keep bench/out/renderer if present), --skip-documents, --loads=N (overview reloads),
 * --keep-data (keep the browser profile in bench/out/profile and skip writing the dataset when it is there),
 * --only=overview|register (one screen), --profile (an unminified build and a CPU profile of the register's
 * keystrokes in bench/out). Only a full run rewrites bench/results.json; a partial or profiled one writes
 * bench/out/results.json.
 */
import { buildRenderer, heapUsed, openBenchPage, rendererOut, sampleHeap } from './browser.js';
import { profileDuring } from './cpu-profile.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { DATASET_TODAY, DEFAULT_SEED, generateDataset, type Dataset } from './dataset.js';
import { runDocumentsBench } from './documents-bench.js';
import { measureOverviewLoad, measureOverviewRecompute, reloadOnOverview } from './measure-overview.js';
import { idleFrameInterval, measureIndexedVsNaive, measureKeystrokes, measureScroll, openRegister } from './measure-register.js';
import { describeMachine, formatTable, passes, writeResults, type Measurement } from './report.js';
import { checkDatabase, countRecords, seedDataset } from './seed.js';

const MiB = 2 ** 20;

function sameCounts(counts: Record<string, number>, dataset: Dataset): boolean {
  return (
    counts.units === dataset.units.length &&
    counts.people === dataset.people.length &&
    counts.meetings === dataset.meetings.length &&
    counts.meetingTexts === dataset.meetingTexts.length &&
    counts.attendances === dataset.attendances.length &&
    counts.directives === dataset.directives.length &&
    counts.followUps === dataset.followUps.length
  );
}

/**
 * What identifies the dataset in a kept profile: counts alone would not see a change of the generated texts (they
 * come from their own random stream), so a sample of records from every table is hashed with them.
 */
function datasetPrint(dataset: Dataset): string {
  const tables = [dataset.units, dataset.people, dataset.meetings, dataset.meetingTexts, dataset.attendances, dataset.directives, dataset.followUps];
  const sample = tables.map((records) => [records.length, records[0], records[Math.floor(records.length / 2)], records[records.length - 1]]);
  return createHash('sha256').update(JSON.stringify(sample)).digest('hex');
}

const KEPT_PRINT = resolve('bench/out/profile-dataset.txt');

function option(argv: readonly string[], name: string): string | undefined {
  const hit = argv.find((a) => a.startsWith(`--${name}=`));
  return hit?.slice(name.length + 3);
}

function step(text: string): void {
  console.log(`▶ ${text}`);
}

async function waitForDatabase(check: () => Promise<void>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Runs every measurement; returns the process exit code (0 even when a target is missed: the table says so). */
export async function main(argv: readonly string[]): Promise<number> {
  const measurements: Measurement[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  const loads = Number(option(argv, 'loads') ?? 5);

  const only = option(argv, 'only');
  if (only !== undefined && only !== 'overview' && only !== 'register') throw new Error(`--only=${only}: expected overview or register`);
  const profile = argv.includes('--profile');
  const partial = only !== undefined || profile || argv.includes('--skip-documents');
  if (only === undefined && !argv.includes('--skip-documents')) {
    step('Word documents (Node)');
    measurements.push(...(await runDocumentsBench()));
  }

  step(`building the renderer into ${rendererOut(!profile)}`);
  const buildMs = await buildRenderer(argv.includes('--reuse-build'), !profile);
  if (buildMs !== null) console.log(`  built in ${Math.round(buildMs / 1000)} s`);

  step(`generating the dataset (seed ${DEFAULT_SEED}, scale 1)`);
  let start = performance.now();
  const dataset = generateDataset({ seed: DEFAULT_SEED, scale: 1 });
  measurements.push({ name: 'dataset: generate in Node', value: performance.now() - start, unit: 'ms' });
  console.log(`  ${dataset.meetings.length} meetings, ${dataset.attendances.length} attendances, ${dataset.directives.length} directives, ${dataset.followUps.length} follow-ups`);

  const keepData = argv.includes('--keep-data');
  const app = await openBenchPage(keepData ? resolve('bench/out/profile') : undefined, rendererOut(!profile));
  try {
    const { page, cdp, baseUrl } = app;
    step('opening the app once so that it creates its database');
    await page.goto(baseUrl);
    await page.getByRole('navigation').waitFor({ timeout: 60_000 });
    await waitForDatabase(() => checkDatabase(page), 30_000);

    const print = datasetPrint(dataset);
    const kept = keepData && existsSync(KEPT_PRINT) && readFileSync(KEPT_PRINT, 'utf8') === print;
    if (kept && sameCounts(await countRecords(page), dataset)) {
      step('the dataset is already in the kept profile');
    } else {
      step('writing the dataset into IndexedDB');
      start = performance.now();
      const written = await seedDataset(page, baseUrl, dataset);
      measurements.push({ name: `dataset: write ${written} records into IndexedDB (raw API, chunks)`, value: performance.now() - start, unit: 'ms' });
      const counts = await countRecords(page);
      if (!sameCounts(counts, dataset)) throw new Error(`stored counts ${JSON.stringify(counts)} differ from the dataset`);
      if (keepData) writeFileSync(KEPT_PRINT, print);
    }
    // The dataset's own garbage must not count in the application's heap.
    await cdp.send('HeapProfiler.collectGarbage');

    if (only !== 'register') {
      step(`overview: ${loads} reloads at #/overview`);
      measurements.push(...(await measureOverviewLoad(page, baseUrl, loads)));
      step('overview: changing the as-of day and the period');
      measurements.push(...(await measureOverviewRecompute(page)));
    }

    // The heap on its own run, so that forcing a garbage collection cannot disturb the timings above: from a
    // fresh start on the overview, then the register.
    step('JS heap: app start on the overview, then the register');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = sampleHeap(cdp);
    if (only !== 'register') await reloadOnOverview(page);
    if (only !== 'overview') await openRegister(page);
    const peak = await heap.stop();
    await cdp.send('HeapProfiler.collectGarbage');
    const settled = await heapUsed(cdp);
    measurements.push({ name: 'JS heap: peak from app start through overview and register (sampled every 50 ms)', value: peak / MiB, unit: 'MiB' });
    measurements.push({ name: 'JS heap: after garbage collection, overview and register loaded', value: settled / MiB, unit: 'MiB' });

    if (only !== 'overview') {
      step('register: typing searches letter by letter');
      const interval = await idleFrameInterval(page);
      measurements.push({ name: 'display: idle frame interval', value: interval, unit: 'ms' });
      const typing = () => measureKeystrokes(page, interval);
      measurements.push(...(await (profile ? profileDuring(cdp, resolve('bench/out/register-keystrokes.cpuprofile'), typing) : typing())));
      step('register: scrolling the list');
      measurements.push(...(await measureScroll(page, interval)));
    }

    if (only !== 'overview') {
      step('register search engine: indexed against naive, same page, same rows');
      const { measurements: engine, probe } = await measureIndexedVsNaive(page, DATASET_TODAY);
      measurements.push(...engine);
      for (const h of probe.hits) console.log(`  "${h.query}": ${h.indexed} rows found by the index, ${h.naive} by naive includes`);
    }

    if (app.errors.length > 0) console.warn(`page errors:\n  ${app.errors.join('\n  ')}`);
    const machine = describeMachine(app.version, loadBefore);
    writeResults(measurements, machine, partial ? 'bench/out' : 'bench');
    console.log(`\n${formatTable(measurements)}\n`);
    console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium ${machine.chromium}`);
    console.log(`load average (1 min): ${machine.loadBefore} at the start, ${machine.loadAfter} at the end`);
    const missed = measurements.filter((m) => passes(m) === false);
    console.log(missed.length === 0 ? 'every target met' : `${missed.length} target(s) missed: ${missed.map((m) => m.name).join('; ')}`);
    return 0;
  } finally {
    await app.close();
  }
}
