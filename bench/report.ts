/**
 * The benchmark's output: bench/results.json (an array of {name, value, unit}, committed so figures can be
 * compared across changes), bench/machine.json (where they were measured), and a table on the console with each
 * target and whether it was met.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { roundForReport } from './stats.js';

export interface Target {
  /** The figure must not exceed this (same unit as the value). */
  max: number;
}

export interface Measurement {
  name: string;
  value: number;
  unit: string;
  target?: Target;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  date: string;
  /** One-minute load average at the start and at the end: other work on the machine slows every figure. */
  loadBefore: number;
  loadAfter: number;
}

/** What machine the figures come from (Chromium's version is asked from the running browser). */
export function describeMachine(chromium: string, loadBefore: number, now: Date = new Date()): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium,
    date: now.toISOString(),
    loadBefore: Math.round(loadBefore * 10) / 10,
    loadAfter: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

/** True, false, or null when the measurement has no target. */
export function passes(m: Measurement): boolean | null {
  if (m.target === undefined) return null;
  return Number.isFinite(m.value) && m.value <= m.target.max;
}

/** The rows of results.json. */
export function resultRows(measurements: readonly Measurement[]): Array<{ name: string; value: number; unit: string }> {
  return measurements.map((m) => ({ name: m.name, value: roundForReport(m.value), unit: m.unit }));
}

/** A plain-text table: name, value, unit, target, pass. */
export function formatTable(measurements: readonly Measurement[]): string {
  const rows = measurements.map((m) => {
    const ok = passes(m);
    return [m.name, String(roundForReport(m.value)), m.unit, m.target === undefined ? '' : `≤ ${m.target.max}`, ok === null ? '' : ok ? 'pass' : 'FAIL'];
  });
  const header = ['name', 'value', 'unit', 'target', 'pass'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Writes results.json and machine.json. */
export function writeResults(measurements: readonly Measurement[], machine: Machine, dir = 'bench'): void {
  writeFileSync(`${dir}/results.json`, `${JSON.stringify(resultRows(measurements), null, 2)}\n`);
  writeFileSync(`${dir}/machine.json`, `${JSON.stringify(machine, null, 2)}\n`);
}
