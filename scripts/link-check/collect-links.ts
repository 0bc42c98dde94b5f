import type { Catalog } from '../../src/catalog/catalog-schema';

/** Every external link in the dataset, each once (talks share slide short links), in a stable order. */
export function collectLinks(catalog: Catalog): string[] {
  const links = new Set<string>();
  const add = (url: string | undefined) => {
    if (url !== undefined) links.add(url);
  };
  for (const talk of catalog.talks) {
    add(talk.video.youtube);
    add(talk.video.tencent);
    add(talk.video.seedShortLink);
    add(talk.slides?.url);
    add(talk.slides?.seedShortLink);
  }
  return [...links].sort();
}
