// Entry point for `npm run check-links`; the logic lives in link-check/check-links.ts.
import { runCheckLinks } from './link-check/check-links';

process.exitCode = await runCheckLinks(process.argv.slice(2), {
  cwd: process.cwd(),
  log: (line) => console.log(line),
  fetch: globalThis.fetch,
  now: () => new Date(),
});
