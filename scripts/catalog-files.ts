// Which files make the catalog the app is built with. By default the imported CNCF archive, then
// our curated collection on top of it (compose-catalog.ts says how they merge). CATALOG_FILE names
// other files instead, separated by commas: a benchmark's synthetic catalog, a pyvideo import.
import path from 'node:path';

export const DEFAULT_CATALOG_FILES = ['data/cncf-archive.json', 'data/post-prometheus-2017.json'] as const;

export function catalogFiles(setting: string | undefined = process.env.CATALOG_FILE, root = process.cwd()): string[] {
  const names = setting === undefined || setting.trim() === '' ? [...DEFAULT_CATALOG_FILES] : setting.split(',').map((name) => name.trim());
  return names.filter((name) => name !== '').map((name) => path.resolve(root, name));
}
