/**
 * `--profile`: a CPU profile of one phase of the benchmark (Chrome DevTools Protocol's sampling profiler), written
 * to bench/out as a .cpuprofile (open it in Chromium's DevTools, Performance panel) and summarised as the functions
 * with the most time of their own. With --profile the renderer is built unminified, so the names are readable.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Runs `work` under the profiler, writes the profile to `file` and prints the `top` functions by self time. */
export async function profileDuring<T>(cdp: CDPSession, file: string, work: () => Promise<T>, top = 20): Promise<T> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.send('Profiler.disable');
  writeFileSync(file, JSON.stringify(profile));
  console.log(`  CPU profile written to ${file}; most time of their own:`);
  for (const line of selfTimes(profile).slice(0, top)) console.log(`    ${line.ms.toFixed(1).padStart(8)} ms  ${line.name}`);
  return result;
}

/** Self time per function (summed over the nodes of the same function), largest first. */
export function selfTimes(profile: CpuProfile): Array<{ name: string; ms: number }> {
  const byNode = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i += 1) {
    const node = byNode.get(samples[i]!);
    if (node === undefined) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^.*\//, '');
    const name = `${functionName === '' ? '(anonymous)' : functionName}${file === '' ? '' : ` ${file}:${lineNumber + 1}`}`;
    // A sample's time is the gap to the next sample (microseconds).
    totals.set(name, (totals.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}
