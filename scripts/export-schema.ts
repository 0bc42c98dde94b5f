// `npm run export-schema`: writes data/catalog.schema.json from src/catalog/catalog-schema.ts
// (scripts/schema/catalog-json-schema.ts says what it can and cannot express).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { catalogJsonSchemaText, SCHEMA_FILE } from './schema/catalog-json-schema';

writeFileSync(path.resolve(process.cwd(), SCHEMA_FILE), catalogJsonSchemaText());
console.log(`Wrote ${SCHEMA_FILE}.`);
