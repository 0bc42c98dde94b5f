import { useId } from 'react';
import { useT } from '../i18n/use-i18n';
import type { Sort } from './talk-query';
import { useHydrated } from '../components/use-hydrated';

export type SortSelectProps = { sorts: readonly Sort[]; value: Sort; onChange: (sort: Sort) => void };

export function SortSelect({ sorts, value, onChange }: SortSelectProps) {
  const t = useT();
  const hydrated = useHydrated();
  const id = useId();
  return (
    <div className="sort-select">
      <label htmlFor={id}>{t.sortLabel}</label>
      <select id={id} value={value} disabled={!hydrated} onChange={(event) => onChange(event.target.value as Sort)}>
        {sorts.map((sort) => (
          <option key={sort} value={sort}>
            {t.sorts[sort]}
          </option>
        ))}
      </select>
    </div>
  );
}
