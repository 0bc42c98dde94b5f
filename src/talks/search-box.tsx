import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useT } from '../i18n/use-i18n';
import { MAX_QUERY_LENGTH } from './talk-query';

/**
 * Where the results are stacked below the box (below styles.css's 56rem breakpoint). There a phone's
 * keyboard takes half the screen once the box has focus, so the box moves to the top of the screen
 * and the result count and the first results stay in view under it while the reader types.
 */
const STACKED_LAYOUT = '(max-width: 55.99rem)';

export type SearchBoxProps = {
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
};

/**
 * The search box. While an input method composes (pinyin "gao'jing" before 告警 is chosen), the
 * box shows what is being composed but nothing is searched: the Latin letters are not what the
 * reader means. The committed text is searched when the composition ends.
 */
export function SearchBox({ value, onChange, inputRef }: SearchBoxProps) {
  const t = useT();
  const id = useId();
  // What the box shows during a composition; null when none is open.
  const [composing, setComposing] = useState<string | null>(null);
  // A reader may type into the prerendered box before the app has started: React keeps what the
  // box holds when it takes the page over, and this searches it, once, as if just typed.
  const adopted = useRef(false);
  useEffect(() => {
    if (adopted.current) return;
    adopted.current = true;
    const typed = inputRef.current?.value ?? '';
    if (typed !== value) onChange(typed);
  }, [inputRef, value, onChange]);
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <label htmlFor={id}>{t.searchLabel}</label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        value={composing ?? value}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        onFocus={(event) => {
          if (window.matchMedia(STACKED_LAYOUT).matches) event.currentTarget.form?.scrollIntoView({ block: 'start' });
        }}
        onCompositionStart={(event) => setComposing(event.currentTarget.value)}
        onCompositionEnd={(event) => {
          setComposing(null);
          onChange(event.currentTarget.value);
        }}
        onChange={(event) => {
          if (composing !== null || (event.nativeEvent as InputEvent).isComposing) setComposing(event.target.value);
          else onChange(event.target.value);
        }}
      />
    </form>
  );
}
