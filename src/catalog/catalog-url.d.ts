// The URL of the built dataset, a JSON file beside the bundle (scripts/vite/catalog-data-plugin.ts).
declare module 'virtual:catalog-url' {
  const url: string;
  export default url;
}
