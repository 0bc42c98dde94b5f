// The simplified/traditional table for a search that has Chinese in it (chinese-variants.ts):
// loaded the first time such a search is typed; until then Chinese matches as typed.
import { useEffect, useState } from 'react';
import { loadChineseVariants, loadedChineseVariants, type ChineseVariants } from '../text/chinese-variants';

export function useChineseVariants(wanted: boolean): ChineseVariants | undefined {
  const [variants, setVariants] = useState(loadedChineseVariants);
  const needed = variants === undefined && wanted;
  useEffect(() => {
    if (!needed) return;
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
  }, [needed]);
  return variants;
}
