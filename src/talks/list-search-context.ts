import { createContext, useContext } from 'react';

/**
 * The list's query string ("?topic=…"), which each card's link carries so the talk page can lead
 * back to the same view. It changes on every keystroke; passing it through context means only the
 * links re-render, not every (memoised) card around them.
 */
export const ListSearchContext = createContext('');

export const useListSearch = (): string => useContext(ListSearchContext);
