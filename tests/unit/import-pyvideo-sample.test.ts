// The importer on the real sample of pyvideo/data kept next to the repository
// (../shared/data/pyvideo-sample: europython-2019, pycon-china-2019, pycon-jp-2019, unchanged).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../src/catalog/validate-catalog.ts';
import { formatImportReport } from '../../scripts/import/import-report.ts';
import { catalogText, convertPyvideo, type PyvideoConversion } from '../../scripts/import/pyvideo/convert-pyvideo.ts';
import { readArchiveFolder } from '../../scripts/import/pyvideo/read-archive-folder.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sample = path.resolve(repoRoot, '../shared/data/pyvideo-sample');
const present = existsSync(path.join(sample, 'europython-2019', 'category.json'));
const title = present ? `the pyvideo sample in ${sample}` : `the pyvideo sample (SKIPPED: not found at ${sample}; these tests need the shared data folder)`;

describe.skipIf(!present)(title, () => {
  let result: PyvideoConversion;
  let text: string;
  beforeAll(async () => {
    result = await convertPyvideo(readArchiveFolder(sample));
    text = catalogText(result.catalog);
  });
  const talk = (file: string) => result.catalog.talks.find((t) => t.source?.file === file);
  const rules = (rule: string) => result.report.findings.filter((f) => f.rule === rule);

  it('converts into a catalog that passes the schema and the cross-checks', () => {
    const checked = parseCatalogText(text, 'pyvideo-sample.json');
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it('imports every talk file of the three events', () => {
    expect(result.stats).toMatchObject({ files: 214, events: 3, talks: 211, videosByHost: { youtube: 211 }, talksWithoutVideo: 0, slides: 52 });
    expect(result.catalog.events.map((e) => [e.id, e.name, e.year])).toEqual([
      ['europython-2019', { en: 'EuroPython 2019' }, 2019],
      ['pycon-china-2019', { en: 'PyCon China 2019' }, 2019],
      ['pycon-jp-2019', { en: 'PyCon JP 2019' }, 2019],
    ]);
  });

  it('dates a conference by its recording days, and not PyCon China, recorded in several cities over 15 days', () => {
    const [europython, china, jp] = result.catalog.events;
    expect(europython).toMatchObject({ startDate: '2019-07-10', endDate: '2019-07-12' });
    expect(jp).toMatchObject({ startDate: '2019-09-16', endDate: '2019-09-17' });
    expect(china?.startDate).toBeUndefined();
    expect(rules('event-dates-left-out').map((f) => f.file)).toEqual(['pycon-china-2019/category.json']);
  });

  it('puts Chinese titles in "zh", Japanese ones in "en" marked "ja"', () => {
    expect(talk('pycon-china-2019/videos/1-bian-xie-an-quan-de-python-dai-ma.json')).toMatchObject({ title: { zh: '1 编写安全的 Python 代码' }, language: 'zh' });
    expect(talk('pycon-china-2019/videos/9-when-knowledge-graph-meet-python.json')).toMatchObject({ title: { en: '9 When Knowledge Graph meet Python' }, language: 'zh' });
    expect(talk('pycon-jp-2019/videos/01_605_listhaiteratordesukacheng-lai-ji-shu.json')).toMatchObject({ title: { en: 'ListはIteratorですか？' }, language: 'ja', speakers: [{ id: '成瀬基樹' }] });
    expect(result.catalog.talks.filter((t) => t.title.zh !== undefined)).toHaveLength(36);
  });

  it('reads the reStructuredText descriptions as plain text', () => {
    const summary = talk('europython-2019/videos/andrey-vlasovskikh-the-story-of-features-coming-in-python-38-and-beyond.json')?.summary?.en ?? '';
    expect(summary).toContain('reading an excellent document What\'s New in Python 3.8. I\'m not going');
    expect(summary).toContain('\n• New syntax: x := expr, f(..., /, ...), f\'{expr=}\'\n');
    for (const t of result.catalog.talks) {
      const body = `${t.summary?.en ?? ''}\n${t.summary?.zh ?? ''}`;
      expect(body, t.id).not.toMatch(/``|\*\*|`_|^\.\. |^[=\-~^]{3,}$|<\/?[a-z]+>|\]\(http/m);
    }
  });

  it('reports the placeholder, the list in one name and the merged spellings', () => {
    expect(rules('placeholder-speaker')).toMatchObject([{ file: 'europython-2019/videos/europython-2019-lightning-talks-on-friday-july-12.json', line: 6 }]);
    expect(rules('speaker-names-split').map((f) => f.file)).toEqual([
      'pycon-jp-2019/videos/01_404_ml-algorithm-to-detect-rare-clinical-eventshaque-ishfaq-hassan-sami-adnan.json',
      'pycon-jp-2019/videos/02-405_simulation-model-for-3d-printed-drug-developmenthassan-sami-adnan.json',
    ]);
    expect(rules('speaker-spellings-merged').map((f) => f.message)).toEqual([expect.stringContaining('"Tomoko FURUKI" is the same speaker (tomoko-furuki) as "Tomoko Furuki"') as unknown]);
    expect(result.catalog.speakers.find((s) => s.id === 'tomoko-furuki')?.name).toBe('Tomoko Furuki');
  });

  it('keeps the tags of at least 3 talks as topics', () => {
    expect(result.stats).toMatchObject({ topicsKept: 59, tagsTooRare: 65 });
    expect(result.catalog.topics.find((t) => t.id === 'data-science')).toEqual({ id: 'data-science', kind: 'subject', label: { en: 'Data Science' } });
  });

  it('gives the same bytes when run again', async () => {
    const again = await convertPyvideo(readArchiveFolder(sample));
    expect(catalogText(again.catalog)).toBe(text);
    expect(formatImportReport('r', again.summary, again.report)).toBe(formatImportReport('r', result.summary, result.report));
  });
});
