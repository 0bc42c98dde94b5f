import { createContext, useContext } from 'react';

/**
 * The list's query string as the URL has it ("?topic=…"), which each card's link carries so the
 * talk page can lead back to the same view. Passed through context so that when it changes only
 * the links re-render, not every (memoised) card around them.
 */
export const ListSearchContext = createContext('');

export const useListSearch = (): string => useContext(ListSearchContext);
