// The one way the index's hooks wait for an answer: asked again whenever its key changes, the
// latest answer kept while the next is on its way (so a list never blanks between two keystrokes),
// an answer to an older key never shown as the newer's, and a failure retried by the reader.
import { useEffect, useEffectEvent, useState } from 'react';

export type AnswerStatus = 'idle' | 'loading' | 'loaded' | 'failed';

export type Answer<T> = {
  /** The latest answer, with the key it answers (maybe an earlier one than asked now). */
  latest: { key: string; value: T } | undefined;
  status: AnswerStatus;
  retry: () => void;
};

/** Asks `ask` for `key` while `asking`; `key` must name everything the answer depends on. */
export function useAnswer<T>(asking: boolean, key: string, ask: () => Promise<T>): Answer<T> {
  const [latest, setLatest] = useState<{ key: string; value: T } | undefined>(undefined);
  const [failed, setFailed] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const askNow = useEffectEvent(ask);
  useEffect(() => {
    if (!asking) return;
    let current = true;
    askNow().then(
      (value) => {
        if (current) setLatest({ key, value });
      },
      (error: unknown) => {
        console.error(error);
        if (current) setFailed(key);
      },
    );
    return () => {
      current = false;
    };
  }, [asking, key, attempt]);
  const status: AnswerStatus = !asking ? 'idle' : latest?.key === key ? 'loaded' : failed === key ? 'failed' : 'loading';
  const retry = () => {
    setFailed(undefined);
    setAttempt((n) => n + 1);
  };
  return { latest: asking ? latest : undefined, status, retry };
}
