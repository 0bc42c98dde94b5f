import { useCatalog } from './catalog/catalog-store';
import { ArchivePage } from './archive/archive-page';
import { CollectionPage } from './collections/collection-page';
import { frontScope } from './talks/list-scope';

/** `/`: the catalog's first collection, or the whole archive when it has none. */
export function FrontPage() {
  const scope = frontScope(useCatalog());
  const { collection } = scope;
  return collection === undefined ? <ArchivePage scope={scope} /> : <CollectionPage scope={scope} collection={collection} />;
}
