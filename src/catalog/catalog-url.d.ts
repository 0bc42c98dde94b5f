// The URLs of the built dataset's files beside the bundle (scripts/vite/catalog-data-plugin.ts):
// the outline every page needs, and the whole catalog.
declare module 'virtual:catalog-url' {
  export const outlineUrl: string;
  export const wholeUrl: string;
}
