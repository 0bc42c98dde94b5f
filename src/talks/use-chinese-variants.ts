// The simplified/traditional table for a search that has Chinese in it (chinese-variants.ts):
// loaded the first time such a search is typed; until then Chinese matches as typed. Its loader
// comes with the search code (search-text.ts), so none of it is in the first page's JavaScript.
import { useEffect, useState } from 'react';
import type { ChineseVariants } from '../text/chinese-variants';

type VariantsLoader = Pick<typeof import('./search-text'), 'loadChineseVariants' | 'loadedChineseVariants'>;

export function useChineseVariants(loader: VariantsLoader | undefined, wanted: boolean): ChineseVariants | undefined {
  const [variants, setVariants] = useState(() => loader?.loadedChineseVariants());
  const needed = variants === undefined && wanted;
  useEffect(() => {
    if (!needed || loader === undefined) return;
    const { loadChineseVariants } = loader;
    let current = true;
    loadChineseVariants().then(
      (loaded) => {
        if (current) setVariants(loaded);
      },
      // Offline or a failed chunk: Chinese still matches as typed.
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
    };
  }, [needed, loader]);
  return variants;
}
