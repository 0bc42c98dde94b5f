import { useId, type Ref } from 'react';
import { useT } from '../i18n/use-i18n';
import { MAX_QUERY_LENGTH } from './talk-query';

export type SearchBoxProps = {
  value: string;
  onChange: (value: string) => void;
  /** The reader is done typing for now: Enter, or focus left the box. */
  onDone: () => void;
  inputRef?: Ref<HTMLInputElement>;
};

export function SearchBox({ value, onChange, onDone, inputRef }: SearchBoxProps) {
  const t = useT();
  const id = useId();
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        onDone();
      }}
    >
      <label htmlFor={id}>{t.searchLabel}</label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        value={value}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onDone}
      />
    </form>
  );
}
