// `npm run bench`: bundles the TypeScript benchmark (bench/main.ts and what it imports from src/, test/ and
// bench/) into bench/out/bench.mjs with esbuild, leaving packages external, then runs it. See bench/main.ts.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

mkdirSync('bench/out', { recursive: true });
await build({
  entryPoints: ['bench/main.ts'],
  outfile: 'bench/out/bench.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL('bench/out/bench.mjs').href);
process.exitCode = await main(process.argv.slice(2));
