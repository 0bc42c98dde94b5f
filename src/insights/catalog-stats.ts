import type { Catalog, Topic } from '../catalog/catalog-schema';

export type CatalogStats = {
  total: number;
  perTopic: { topic: Topic; count: number }[];
  withVideo: number;
  withSlides: number;
  withChineseSummary: number;
};

const cache = new WeakMap<Catalog, CatalogStats>();

/** Counts over the whole catalog, computed once per catalog. */
export function catalogStats(catalog: Catalog): CatalogStats {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const perTopic = new Map(catalog.topics.map((topic) => [topic.id, 0]));
  let withVideo = 0;
  let withSlides = 0;
  let withChineseSummary = 0;
  for (const talk of catalog.talks) {
    for (const topic of talk.topics) perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
    if (talk.video.youtube !== undefined || talk.video.tencent !== undefined) withVideo += 1;
    if (talk.slides !== null) withSlides += 1;
    if (talk.summary.zh !== undefined) withChineseSummary += 1;
  }
  const stats: CatalogStats = {
    total: catalog.talks.length,
    perTopic: catalog.topics.map((topic) => ({ topic, count: perTopic.get(topic.id) ?? 0 })),
    withVideo,
    withSlides,
    withChineseSummary,
  };
  cache.set(catalog, stats);
  return stats;
}
