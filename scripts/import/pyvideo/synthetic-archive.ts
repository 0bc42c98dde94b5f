// A made-up pyvideo archive of any size, for the importer's scale test and timings: the layout and
// field forms of the real one, with its awkward cases mixed in at fixed rates (null fields, markup,
// duplicate slugs, broken JSON, other hosts, no video, placeholders, huge texts, control and
// direction characters, Chinese and Japanese titles). The same options give the same files.
import type { PyvideoFile } from './convert-pyvideo.ts';

export type SyntheticOptions = { events: number; talksPerEvent: number; seed?: number };

/** A small deterministic generator (a linear congruential one): no dependency, same numbers everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = ['python', 'async', 'data', 'testing', 'web', 'types', 'packaging', 'performance', 'machine', 'learning', 'security', 'django', 'flask', 'numpy', 'pandas', 'community'];
const NAMES = ['Ann Lee', 'Björn Rabenstein', 'Bjorn Rabenstein', 'María José García', '成濑基树', '张三', 'Олег Петров', 'Zoë Ng', 'Ola Nordmann', 'Jean-Luc Martin'];
const TAGS = ['Python', 'python', 'Web', 'Data Science', 'data science', 'Testing', 'Async', 'C++', 'C#', '机器学习', 'rare-tag', 'Django'];

const RST = [
  'Why',
  '===',
  '',
  'Learn about `asyncio <https://docs.python.org/3/library/asyncio.html>`_ and **structured** concurrency with ``trio``.',
  '',
  '.. image:: https://example.org/diagram.png',
  '   :width: 400',
  '',
  '-  First point',
  '-  Second point that wraps',
  '   onto the next line',
].join('\n');

const pick = <T>(items: readonly T[], r: () => number): T => items[Math.floor(r() * items.length)] as T;
const pad = (n: number) => String(n).padStart(2, '0');

function title(r: () => number, index: number): string {
  const words = Array.from({ length: 3 + Math.floor(r() * 5) }, () => pick(WORDS, r));
  return `${words.join(' ')} ${index}`;
}

/** One talk's JSON object, with the awkward case chosen by its index. */
function talk(event: number, index: number, year: number, r: () => number): Record<string, unknown> | string {
  // A YouTube video id has exactly 11 characters.
  const id = (event * 100_000 + index).toString(36).padStart(11, 'v');
  const base: Record<string, unknown> = {
    description: `A talk about ${pick(WORDS, r)}.\n\nIt has two paragraphs.`,
    language: 'eng',
    recorded: `${year}-07-${pad(10 + (index % 3))}`,
    related_urls: [{ label: 'Conference schedule', url: 'https://example.org/schedule' }],
    speakers: [pick(NAMES, r)],
    tags: [pick(TAGS, r), pick(TAGS, r)].filter((t, i, all) => all.indexOf(t) === i),
    thumbnail_url: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
    title: title(r, index),
    videos: [{ type: 'youtube', url: `https://www.youtube.com/watch?v=${id}` }],
  };
  switch (index % 25) {
    case 1:
      return { ...base, description: null, speakers: null, recorded: null, tags: null, language: null, related_urls: null };
    case 2:
      return { ...base, description: RST };
    case 3:
      return { ...base, slug: 'same-slug' }; // several talks of the event share it
    case 4:
      return '{\n  "title": "broken",\n  "speakers": [\n}\n';
    case 5:
      return { ...base, videos: [{ type: 'vimeo', url: `http://vimeo.com/${100_000 + index}` }] };
    case 6:
      return { ...base, videos: [] };
    case 7:
      return { ...base, speakers: ['TBD', '', 'Unknown', 'N/A', pick(NAMES, r)] };
    case 8:
      return { ...base, description: Array.from({ length: 120 }, (_, p) => `Paragraph ${p}: ${'lorem ipsum dolor sit amet '.repeat(8)}`).join('\n\n') };
    case 9:
      return { ...base, title: `Control\u0007 and \u202Eoverride\u200B ${index}` };
    case 10:
      return { ...base, title: `编写安全的 Python 代码 ${index}`, language: 'zho' };
    case 11:
      return { ...base, title: `ListはIteratorですか？ ${index}`, language: 'jpn' };
    case 12:
      return { ...base, title: `🐍 Python بالعربية ${index}`, language: 'ara' };
    case 13:
      return { ...base, title: 42, speakers: 'not a list', videos: { url: 'x' } };
    case 14:
      return { ...base, videos: [{ type: 'youtube', url: `http://youtu.be/${id}?t=5` }, { type: 'mp4', url: `http://archive.org/download/${id}.mp4` }] };
    case 15:
      return { ...base, related_urls: [{ label: 'Slides', url: `http://speakerdeck.com/x/${id}` }, `https://www.slideshare.net/x/${id}`] };
    case 16:
      return { ...base, recorded: `${year - 3}-01-01` };
    case 17:
      return [1, 2, 3] as unknown as Record<string, unknown>;
    default:
      return base;
  }
}

/**
 * The archive's files in path order: `<event>/category.json`, then `<event>/videos/*.json`.
 * Every 10th event has no year in its title (its folder name has one).
 */
export function* syntheticArchive({ events, talksPerEvent, seed = 1 }: SyntheticOptions): Generator<PyvideoFile> {
  const r = random(seed);
  for (let e = 0; e < events; e += 1) {
    const year = 2010 + (e % 12);
    const folder = `synthconf-${year}-${pad(e)}`;
    const category = e % 10 === 9 ? { title: `SynthConf ${pad(e)}` } : { title: `SynthConf ${year} #${e}` };
    yield { path: `${folder}/category.json`, text: `${JSON.stringify(category, null, 2)}\n` };
    for (let t = 0; t < talksPerEvent; t += 1) {
      const value = talk(e, t, year, r);
      const text = typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`;
      yield { path: `${folder}/videos/talk-${String(t).padStart(4, '0')}.json`, text };
    }
  }
}
