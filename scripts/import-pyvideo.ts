// Entry point for `npm run import:pyvideo -- <dir> --out <file>`; the logic lives in scripts/import/pyvideo/.
import { runImportPyvideo } from './import/pyvideo/cli.ts';

const { exitCode, output } = await runImportPyvideo(process.argv.slice(2));
(exitCode === 0 ? process.stdout : process.stderr).write(`${output}\n`);
process.exitCode = exitCode;
