// Entry point for `npm run validate-data [file…]`; the logic lives in validate-data-cli.ts.
import { runValidateData } from './validate-data-cli';

const { exitCode, output } = runValidateData(process.argv.slice(2));
(exitCode === 0 ? process.stdout : process.stderr).write(`${output}\n`);
process.exitCode = exitCode;
