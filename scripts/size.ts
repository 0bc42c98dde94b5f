// npm run size [-- --json out.json] — after `vite build`: the first page view's JS and CSS
// against the budgets. The JS budget is a multiple of a floor bundle (the libraries alone), built
// here first. Exit 0 within budget, 1 over a budget or on a check failure, 2 without dist.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildFloorBundle, type FloorBundle } from './size/floor-bundle';
import { FLOOR_LIBRARIES, formatReport } from './size/format-report';
import { assertBuilt, DistMissingError, measureBundle } from './size/measure-bundle';

const USAGE = 'usage: npm run size [-- --json <out.json>] [--dist <dir>]';

function parse(): { json: string | undefined; dist: string } {
  try {
    const { values } = parseArgs({
      options: { json: { type: 'string' }, dist: { type: 'string', default: 'dist' } },
      strict: true,
    });
    return { json: values.json, dist: values.dist };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

async function floorBundle(): Promise<FloorBundle> {
  try {
    return await buildFloorBundle();
  } catch (error) {
    // Without a floor there is no JS budget to check against: a check failure, not a pass.
    console.error(`Could not build the floor bundle: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const options = parse();
try {
  assertBuilt(options.dist);
} catch (error) {
  if (!(error instanceof DistMissingError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const floor = await floorBundle();
console.log(`Floor bundle (${FLOOR_LIBRARIES} alone) built in ${(floor.buildMs / 1000).toFixed(1)} s\n`);
const report = measureBundle(options.dist, floor);
console.log(formatReport(report));
if (options.json !== undefined) {
  const json = {
    unit: 'bytes',
    ok: report.failures.length === 0,
    ...report,
    floorBuild: { ms: Math.round(floor.buildMs), initialJs: floor.initialJs, modules: floor.modules },
  };
  mkdirSync(path.dirname(options.json), { recursive: true });
  writeFileSync(options.json, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`Figures written to ${options.json}`);
}
process.exitCode = report.failures.length === 0 ? 0 : 1;
