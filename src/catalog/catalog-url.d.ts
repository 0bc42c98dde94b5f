// The URLs of the built dataset's files beside the bundle (scripts/vite/catalog-data-plugin.ts):
// the outline every page needs, the folder of the archive's search index, and (on the dev server
// only, which hands the app everything) the whole catalog.
declare module 'virtual:catalog-url' {
  export const outlineUrl: string;
  export const indexUrl: string;
  export const wholeUrl: string;
}
