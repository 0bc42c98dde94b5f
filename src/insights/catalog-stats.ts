import type { Catalog, Talk, Topic } from '../catalog/catalog-schema';
import { talkHasSlides } from '../catalog/catalog-lookups';

export type CatalogStats = {
  total: number;
  perTopic: { topic: Topic; count: number }[];
  withVideo: number;
  withSlides: number;
  withChineseSummary: number;
};

const cache = new WeakMap<readonly Talk[], CatalogStats>();

/** Counts over a list of talks, computed once per list: the subjects it covers and what it has. */
export function catalogStats(catalog: Catalog, talks: readonly Talk[]): CatalogStats {
  const cached = cache.get(talks);
  if (cached) return cached;
  const perTopic = new Map<string, number>();
  let withVideo = 0;
  let withSlides = 0;
  let withChineseSummary = 0;
  for (const talk of talks) {
    for (const topic of talk.topics) perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
    if (talk.videos.length > 0) withVideo += 1;
    if (talkHasSlides(catalog, talk)) withSlides += 1;
    if (talk.summary?.zh !== undefined) withChineseSummary += 1;
  }
  const stats: CatalogStats = {
    total: talks.length,
    // Subjects only: a project every talk shares says nothing a bar could show.
    perTopic: catalog.topics.filter((topic) => topic.kind === 'subject' && perTopic.has(topic.id)).map((topic) => ({ topic, count: perTopic.get(topic.id) ?? 0 })),
    withVideo,
    withSlides,
    withChineseSummary,
  };
  cache.set(talks, stats);
  return stats;
}
