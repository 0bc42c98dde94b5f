import { memo, useCallback, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Catalog } from '../catalog/catalog-schema';
import { LEVELS } from '../catalog/levels';
import { formatCount } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-i18n';
import type { FacetCounts } from './filter-talks';
import { toggle, type TalkQuery } from './talk-query';

export type FilterPanelProps = {
  catalog: Catalog;
  query: TalkQuery;
  counts: FacetCounts;
  onChange: (next: TalkQuery) => void;
};

type OptionProps = { label: ReactNode; count: number; checked: boolean; onToggle: () => void };

/**
 * Re-rendered only when what it shows changes, not with every keystroke in the search box: React
 * rewrites a re-rendered checkbox's type and name attributes, 19 inputs' worth per keystroke.
 * So its handler may be one from an earlier render, and must not hold the query itself.
 */
const FilterOption = memo(
  function FilterOption({ label, count, checked, onToggle }: OptionProps) {
    const language = useLanguage();
    return (
      <li>
        <label className="filter-option">
          <input type="checkbox" checked={checked} onChange={onToggle} />
          <span className="filter-label">{label}</span>
          <span className="filter-count">{formatCount(count, language)}</span>
        </label>
      </li>
    );
  },
  (before, after) => before.label === after.label && before.count === after.count && before.checked === after.checked,
);

export function FilterPanel({ catalog, query, counts, onChange }: FilterPanelProps) {
  const t = useT();
  const language = useLanguage();
  // The query and callback of the latest render, for handlers made in an earlier one.
  const latest = useRef({ query, onChange });
  useLayoutEffect(() => {
    latest.current = { query, onChange };
  });
  const change = useCallback((next: (current: TalkQuery) => TalkQuery) => latest.current.onChange(next(latest.current.query)), []);
  return (
    <section className="filter-panel" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="visually-hidden">
        {t.filtersHeading}
      </h2>
      <fieldset>
        <legend>{t.topicLegend}</legend>
        <ul className="filter-options">
          {catalog.topics.map((topic) => (
            <FilterOption
              key={topic.id}
              label={topic.label[language]}
              count={counts.topics.get(topic.id) ?? 0}
              checked={query.topics.includes(topic.id)}
              onToggle={() => change((q) => ({ ...q, topics: toggle(q.topics, topic.id) }))}
            />
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t.levelLegend}</legend>
        <ul className="filter-options">
          {LEVELS.map((level) => (
            <FilterOption
              key={level}
              label={t.levels[level]}
              count={counts.levels.get(level) ?? 0}
              checked={query.levels.includes(level)}
              onToggle={() => change((q) => ({ ...q, levels: toggle(q.levels, level) }))}
            />
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t.myListLegend}</legend>
        <ul className="filter-options">
          <FilterOption
            label={t.savedOnly}
            count={counts.saved}
            checked={query.savedOnly}
            onToggle={() => change((q) => ({ ...q, savedOnly: !q.savedOnly }))}
          />
          <FilterOption
            label={t.unwatchedOnly}
            count={counts.unwatched}
            checked={query.unwatchedOnly}
            onToggle={() => change((q) => ({ ...q, unwatchedOnly: !q.unwatchedOnly }))}
          />
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t.slidesLegend}</legend>
        <ul className="filter-options">
          <FilterOption
            label={t.hasSlides}
            count={counts.withSlides}
            checked={query.slidesOnly}
            onToggle={() => change((q) => ({ ...q, slidesOnly: !q.slidesOnly }))}
          />
        </ul>
      </fieldset>
    </section>
  );
}
