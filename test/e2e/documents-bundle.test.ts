/**
 * The Word and Excel libraries stay out of the application's start-up: the page loads its entry script and the
 * chunks it imports statically (and preloads); docx and exceljs must only be reachable through import(), so
 * they are fetched the first time a user exports. Reads the built renderer (`npm run build:renderer` first).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = 'dist/renderer';
const ASSETS = join(DIST, 'assets');

/** Strings found in each library's own code and in nothing else the application ships. */
const MARKERS = {
  docx: ['schemas.openxmlformats.org/wordprocessingml', 'w:pPr'],
  exceljs: ['schemas.openxmlformats.org/spreadsheetml', 'xl/worksheets/'],
} as const;

function chunk(name: string): string {
  return readFileSync(join(ASSETS, name), 'utf8');
}

/** Chunks a chunk imports statically ("import ... from './x.js'" or a bare "import './x.js'"), not through import(). */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) out.push(m[1]!);
  for (const m of code.matchAll(/(?:^|[;}\s])export\s*[\w${},*\s]*from\s*["']\.\/([\w.-]+\.js)["']/g)) out.push(m[1]!);
  return out;
}

/** The entry script, the preloaded chunks and everything they import statically: what loads at start-up. */
function startupChunks(): Set<string> {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const seeds = [...html.matchAll(/(?:src|href)="\.\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = [...seeds];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...staticImports(chunk(name)));
  }
  return seen;
}

function holds(code: string, library: keyof typeof MARKERS): boolean {
  return MARKERS[library].some((marker) => code.includes(marker));
}

describe('the start-up bundle', () => {
  it('is built', () => {
    expect(existsSync(join(DIST, 'index.html')), 'run `npm run build:renderer` first').toBe(true);
  });

  it('the markers are really in the libraries (so their absence below means something)', () => {
    expect(holds(readFileSync('node_modules/docx/dist/index.mjs', 'utf8'), 'docx')).toBe(true);
    expect(holds(readFileSync('node_modules/exceljs/dist/exceljs.bare.min.js', 'utf8'), 'exceljs')).toBe(true);
  });

  it('loads no docx and no exceljs code; docx is built into a chunk of its own, loaded on export', () => {
    const startup = startupChunks();
    const entry = [...startup].find((name) => /^index-[\w-]+\.js$/.test(name));
    expect(entry, 'the entry chunk index-*.js').toBeDefined();
    expect(startup.size).toBeGreaterThan(1);
    for (const name of startup) {
      expect(holds(chunk(name), 'docx'), `${name} holds docx code`).toBe(false);
      expect(holds(chunk(name), 'exceljs'), `${name} holds exceljs code`).toBe(false);
    }
    const all = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
    const withDocx = all.filter((name) => holds(chunk(name), 'docx'));
    // The meeting screen offers Word export, so docx is in the build, in lazily loaded chunks only.
    expect(withDocx.length).toBeGreaterThan(0);
    expect(withDocx.filter((name) => startup.has(name))).toEqual([]);
    const withExcel = all.filter((name) => holds(chunk(name), 'exceljs'));
    expect(withExcel.filter((name) => startup.has(name))).toEqual([]);
  });
});
