import type { Catalog } from '../../src/catalog/catalog-schema';

/** Every external link in the dataset, each once (talks share slide short links), in a stable order. */
export function collectLinks(catalog: Catalog): string[] {
  const links = new Set<string>();
  const add = (url: string | undefined) => {
    if (url !== undefined) links.add(url);
  };
  for (const talk of catalog.talks) {
    for (const video of talk.videos) add(video.url);
    add(talk.slides?.url);
  }
  for (const collection of catalog.collections) {
    for (const entry of collection.entries) {
      add(entry.links?.video);
      add(entry.links?.slides);
    }
  }
  return [...links].sort();
}
