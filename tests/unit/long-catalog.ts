// A catalog longer than one screen, for the tests of what a page carries: the fixture plus `extra`
// generated talks at its Berlin event, every third one about Prometheus.
import type { Catalog, CatalogInput } from '../../src/catalog/catalog-schema';
import { validateCatalog } from '../../src/catalog/validate-catalog';
import fixtureText from '../fixtures/catalog.json?raw';

export function longCatalog(extra = 60): Catalog {
  const input = JSON.parse(fixtureText) as CatalogInput;
  for (let i = 1; i <= extra; i += 1) {
    input.talks.push({
      id: `generated-${String(i).padStart(3, '0')}`,
      event: 'conf-2017-berlin',
      title: { en: `Generated Talk ${String(i).padStart(3, '0')}` },
      speakers: [{ id: 'bjorn-rabenstein' }],
      topics: i % 3 === 0 ? ['prometheus'] : [],
      videos: [{ host: 'youtube', url: `https://www.youtube.com/watch?v=gen${String(i).padStart(8, '0')}` }],
    });
  }
  const result = validateCatalog(input, 'a long variant of tests/fixtures/catalog.json');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.catalog;
}
