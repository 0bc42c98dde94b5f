import { useState, type ReactNode } from 'react';
import type { Catalog } from '../catalog/catalog-schema';
import { findEvent, findTopic } from '../catalog/catalog-lookups';
import type { Level, TalkKind } from '../catalog/levels';
import { formatCount } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import { pickText, useLanguage, useT } from '../i18n/use-i18n';
import type { FacetCounts, Facet } from './filter-talks';
import type { FacetOptions } from './filter-options';
import { toggle, type TalkQuery } from './talk-query';
import { useHydrated } from '../components/use-hydrated';

export type FilterPanelProps = {
  catalog: Catalog;
  options: readonly FacetOptions[];
  query: TalkQuery;
  counts: FacetCounts;
  onChange: (next: TalkQuery) => void;
};

/** Options shown before "show all": enough for a year's events, few enough to keep the list in view. */
const SHORT_LIST = 10;

type Group = { legend: (t: Messages) => string; facets: readonly Facet[] };

const GROUPS: readonly Group[] = [
  { legend: (t) => t.eventLegend, facets: ['events'] },
  { legend: (t) => t.yearLegend, facets: ['years'] },
  { legend: (t) => t.projectLegend, facets: ['projects'] },
  { legend: (t) => t.topicLegend, facets: ['topics'] },
  { legend: (t) => t.kindLegend, facets: ['kinds'] },
  { legend: (t) => t.levelLegend, facets: ['levels'] },
  { legend: (t) => t.watchLegend, facets: ['tencent', 'slides'] },
  { legend: (t) => t.myListLegend, facets: ['saved', 'unwatched'] },
];

/** Whether the query picks `value` of `facet`, and the query with it toggled. */
function selection(query: TalkQuery, facet: Facet, value: string): { checked: boolean; toggled: () => TalkQuery } {
  switch (facet) {
    case 'events':
    case 'years':
    case 'projects':
    case 'topics':
      return { checked: query[facet].includes(value), toggled: () => ({ ...query, [facet]: toggle(query[facet], value) }) };
    case 'levels':
      return { checked: query.levels.includes(value as Level), toggled: () => ({ ...query, levels: toggle(query.levels, value as Level) }) };
    case 'kinds':
      return { checked: query.kinds.includes(value as TalkKind), toggled: () => ({ ...query, kinds: toggle(query.kinds, value as TalkKind) }) };
    case 'tencent':
      return { checked: query.tencentOnly, toggled: () => ({ ...query, tencentOnly: !query.tencentOnly }) };
    case 'slides':
      return { checked: query.slidesOnly, toggled: () => ({ ...query, slidesOnly: !query.slidesOnly }) };
    case 'saved':
      return { checked: query.savedOnly, toggled: () => ({ ...query, savedOnly: !query.savedOnly }) };
    case 'unwatched':
      return { checked: query.unwatchedOnly, toggled: () => ({ ...query, unwatchedOnly: !query.unwatchedOnly }) };
  }
}

function useOptionLabel(catalog: Catalog): (facet: Facet, value: string) => ReactNode {
  const t = useT();
  const language = useLanguage();
  return (facet, value) => {
    switch (facet) {
      case 'events': {
        const name = findEvent(catalog, value)?.name;
        const text = name === undefined ? { text: value, lang: 'en' } : pickText(name, language);
        return <span lang={text.lang}>{text.text}</span>;
      }
      case 'projects':
      case 'topics': {
        const label = findTopic(catalog, value)?.label;
        const text = label === undefined ? { text: value, lang: 'en' } : pickText(label, language);
        return <span lang={text.lang}>{text.text}</span>;
      }
      case 'years':
        return value;
      case 'levels':
        return t.levels[value as Level];
      case 'kinds':
        return t.kinds[value as TalkKind];
      case 'tencent':
        return t.hasTencent;
      case 'slides':
        return t.hasSlides;
      case 'saved':
        return t.savedOnly;
      case 'unwatched':
        return t.unwatchedOnly;
    }
  };
}

type FilterGroupProps = { legend: string; children: ReactNode[]; more: number };

function FilterGroup({ legend, children, more }: FilterGroupProps) {
  const t = useT();
  const hydrated = useHydrated();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const long = children.length > SHORT_LIST + more;
  return (
    <fieldset>
      <legend>{legend}</legend>
      <ul className="filter-options">{long && !open ? children.slice(0, SHORT_LIST) : children}</ul>
      {long && (
        <button type="button" className="link-button" aria-expanded={open} disabled={!hydrated} onClick={() => setOpen(!open)}>
          {open ? t.showFewerOptions : t.showAllOptions(formatCount(children.length, language))}
        </button>
      )}
    </fieldset>
  );
}

export function FilterPanel({ catalog, options, query, counts, onChange }: FilterPanelProps) {
  const t = useT();
  const hydrated = useHydrated();
  const language = useLanguage();
  const labelOf = useOptionLabel(catalog);
  return (
    <section className="filter-panel" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="visually-hidden">
        {t.filtersHeading}
      </h2>
      {GROUPS.map((group) => {
        const offered = options.filter((o) => group.facets.includes(o.facet));
        if (offered.length === 0) return null;
        const items = offered.flatMap(({ facet, values }) =>
          values.map((value) => {
            const { checked, toggled } = selection(query, facet, value);
            // A picked option stays listed even when the rest of the view leaves it no talk.
            return (
              <li key={`${facet}:${value}`}>
                <label className="filter-option">
                  <input type="checkbox" checked={checked} disabled={!hydrated} onChange={() => onChange(toggled())} />
                  <span className="filter-label">{labelOf(facet, value)}</span>
                  <span className="filter-count">{formatCount(counts[facet].get(value) ?? 0, language)}</span>
                </label>
              </li>
            );
          }),
        );
        // A checked option beyond the short list is not hidden behind "show all".
        const checkedBeyond = offered.some(({ facet, values }) => values.slice(SHORT_LIST).some((value) => selection(query, facet, value).checked));
        return (
          <FilterGroup key={group.facets[0]} legend={group.legend(t)} more={checkedBeyond ? Number.POSITIVE_INFINITY : 0}>
            {items}
          </FilterGroup>
        );
      })}
    </section>
  );
}
