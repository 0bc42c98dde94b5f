// The URL of the built dataset, a JSON file beside the bundle (scripts/vite/catalog-data-plugin.ts).
declare module 'virtual:catalog-url' {
  const url: string;
  export default url;
}

// The composed, validated dataset as a module, for the server build and the prerenderer.
// Typed as unknown here (an ambient module cannot import the schema's types); catalog-data.ts
// gives it its type.
declare module 'virtual:catalog-data' {
  const catalog: unknown;
  export default catalog;
}
