// `npm run generate-chinese-variants`: writes src/text/chinese-variants-table.ts from OpenCC's
// character table (scripts/chinese/chinese-variants-table.ts says what it keeps). Run it after
// updating opencc-js; tests/unit/chinese-variants.test.ts fails until then.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chineseVariantsTableText, TABLE_FILE } from './chinese/chinese-variants-table';

const text = chineseVariantsTableText();
writeFileSync(path.resolve(process.cwd(), TABLE_FILE), text);
console.log(`Wrote ${TABLE_FILE}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB, ${(gzipSync(text).length / 1024).toFixed(1)} KB gzipped.`);
