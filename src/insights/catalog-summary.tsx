// The catalog at a glance: talks per topic as bars (each topic a button that filters by it) and
// how much of the catalog has a recording, slides and a Chinese summary. Counted over the whole
// catalog; bars are SVG attributes rather than inline styles so the CSP needs no exception.
import { memo } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Catalog, Talk, Topic } from '../catalog/catalog-schema';
import { useHydrated } from '../components/use-hydrated';
import { formatCount } from '../i18n/format';
import { pickText, useLanguage, useMessages, useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { catalogStats } from './catalog-stats';
import { summaryMessages } from './summary-messages';

export type CatalogSummaryProps = {
  catalog: Catalog;
  talks: readonly Talk[];
  /** After a topic's filter is applied, e.g. to fold the summary away on a phone. */
  onTopicChosen?: () => void;
};

function Bar({ value, max }: { value: number; max: number }) {
  const width = max === 0 ? 0 : Math.max(2, Math.round((value / max) * 100));
  return (
    <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="bar-track" x="0" y="0" width="100" height="10" rx="2" />
      <rect className="bar-fill" x="0" y="0" width={width} height="10" rx="2" />
    </svg>
  );
}

/**
 * A button, not a link to `?topic=…`: the prerendered page ignores the query, so without
 * JavaScript such a link led to every talk. Disabled until the app runs, like the filters.
 */
function TopicButton({ topic, onChosen }: { topic: Topic; onChosen: (() => void) | undefined }) {
  const language = useLanguage();
  const hydrated = useHydrated();
  const navigate = useNavigate();
  const label = pickText(topic.label, language);
  return (
    <button
      type="button"
      className="summary-label link-button"
      disabled={!hydrated}
      onClick={() => {
        void navigate(paths.home(`?topic=${encodeURIComponent(topic.id)}`));
        onChosen?.();
      }}
    >
      <span lang={label.lang}>{label.text}</span>
    </button>
  );
}

/** Memoised: it depends on the catalog alone, not on the filters that change with every keystroke. */
export const CatalogSummary = memo(function CatalogSummary({ catalog, talks, onTopicChosen }: CatalogSummaryProps) {
  const summaryT = useMessages(summaryMessages);
  const t = useT();
  const language = useLanguage();
  const stats = catalogStats(catalog, talks);
  const count = (n: number) => formatCount(n, language);
  const maxTopic = Math.max(0, ...stats.perTopic.map((row) => row.count));
  const coverage = [
    { label: summaryT.coverageVideo, value: stats.withVideo },
    { label: summaryT.coverageSlides, value: stats.withSlides },
    { label: summaryT.coverageChinese, value: stats.withChineseSummary },
  ];

  return (
    <section className="catalog-summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="visually-hidden">
        {t.summaryTitle}
      </h2>
      <figure className="summary-block" aria-labelledby="summary-topics">
        <figcaption id="summary-topics">{summaryT.talksPerTopic}</figcaption>
        <ul className="summary-rows">
          {stats.perTopic.map(({ topic, count: n }) => (
            <li key={topic.id}>
              <TopicButton topic={topic} onChosen={onTopicChosen} />
              <Bar value={n} max={maxTopic} />
              <span className="summary-value">{count(n)}</span>
            </li>
          ))}
        </ul>
      </figure>
      <figure className="summary-block" aria-labelledby="summary-coverage">
        <figcaption id="summary-coverage">{summaryT.coverage}</figcaption>
        <ul className="summary-rows">
          {coverage.map(({ label, value }) => (
            <li key={label}>
              <span className="summary-label">{label}</span>
              <Bar value={value} max={stats.total} />
              <span className="summary-value">{summaryT.outOf(count(value), count(stats.total))}</span>
            </li>
          ))}
        </ul>
      </figure>
    </section>
  );
});
