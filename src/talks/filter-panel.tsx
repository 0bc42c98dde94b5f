import type { ReactNode } from 'react';
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
}

export function FilterPanel({ catalog, query, counts, onChange }: FilterPanelProps) {
  const t = useT();
  const language = useLanguage();
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
              onToggle={() => onChange({ ...query, topics: toggle(query.topics, topic.id) })}
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
              onToggle={() => onChange({ ...query, levels: toggle(query.levels, level) })}
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
            onToggle={() => onChange({ ...query, savedOnly: !query.savedOnly })}
          />
          <FilterOption
            label={t.unwatchedOnly}
            count={counts.unwatched}
            checked={query.unwatchedOnly}
            onToggle={() => onChange({ ...query, unwatchedOnly: !query.unwatchedOnly })}
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
            onToggle={() => onChange({ ...query, slidesOnly: !query.slidesOnly })}
          />
        </ul>
      </fieldset>
    </section>
  );
}
