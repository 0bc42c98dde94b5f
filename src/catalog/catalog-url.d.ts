// The URL of the built dataset, a JSON file beside the bundle (scripts/vite/catalog-data-plugin.ts).
declare module 'virtual:catalog-url' {
  const url: string;
  export default url;
}

// The composed, validated dataset as a module, for the server build and the prerenderer.
declare module 'virtual:catalog-data' {
  import type { Catalog } from './catalog-schema';
  const catalog: Catalog;
  export default catalog;
}
