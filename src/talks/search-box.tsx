import { useId } from 'react';
import { useT } from '../i18n/use-i18n';
import { MAX_QUERY_LENGTH } from './talk-query';

export type SearchBoxProps = { value: string; onChange: (value: string) => void };

export function SearchBox({ value, onChange }: SearchBoxProps) {
  const t = useT();
  const id = useId();
  return (
    <form role="search" className="search-box" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={id}>{t.searchLabel}</label>
      <input
        id={id}
        type="search"
        value={value}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
    </form>
  );
}
