// Just enough HTML reading for Vite's index.html: the tags that load something, and their
// attributes. Not a general HTML parser; Vite's output is regular and we control the template.
import { STYLE_ELEMENT } from '../prerender/inline-stylesheets';

export interface Tag {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
}

const COMMENT = /<!--[\s\S]*?-->/g;
// Quoted attribute values may contain ">", so the tag body alternates quoted and plain runs.
const TAG = /<(script|link|img|iframe)\b((?:"[^"]*"|'[^']*'|[^'">])*)>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function loadingTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.replace(COMMENT, '').matchAll(TAG)) {
    const attributes = new Map<string, string>();
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const [, name = '', doubleQuoted, singleQuoted, bare] = attribute;
      attributes.set(name.toLowerCase(), decodeEntities(doubleQuoted ?? singleQuoted ?? bare ?? ''));
    }
    tags.push({ name: (match[1] ?? '').toLowerCase(), attributes });
  }
  return tags;
}

/** `rel="modulepreload"`, also when rel lists several keywords. */
export function hasRel(tag: Tag, rel: string): boolean {
  return (tag.attributes.get('rel') ?? '').toLowerCase().split(/\s+/).includes(rel);
}

/** Absolute http(s) or protocol-relative: loaded from a host other than ours. */
export function isThirdPartyUrl(url: string): boolean {
  return /^\s*(?:https?:)?\/\//i.test(url);
}

export interface PageRefs {
  /** Module and classic scripts plus module preloads, in document order. */
  readonly scripts: string[];
  readonly stylesheets: string[];
  /** The text of each `<style>` element: CSS the page carries itself (inline-stylesheets.ts). */
  readonly inlineStyles: string[];
  /** `<link rel="preload" as="fetch">`: data the app fetches at start (the catalog), not code. */
  readonly data: string[];
  /** `<script src="https://cdn…">`-style references, described for the report. */
  readonly thirdParty: string[];
}

export function pageRefs(html: string): PageRefs {
  const refs: PageRefs = { scripts: [], stylesheets: [], inlineStyles: [], data: [], thirdParty: [] };
  for (const [, css = ''] of html.replace(COMMENT, '').matchAll(STYLE_ELEMENT)) refs.inlineStyles.push(css);
  for (const tag of loadingTags(html)) {
    for (const attribute of ['src', 'href']) {
      const url = tag.attributes.get(attribute);
      if (url !== undefined && isThirdPartyUrl(url)) refs.thirdParty.push(`<${tag.name} ${attribute}="${url}">`);
    }
    const src = tag.attributes.get('src');
    const href = tag.attributes.get('href');
    // A nomodule script only runs in browsers without module support, so it is not "initial".
    if (tag.name === 'script' && src !== undefined && !tag.attributes.has('nomodule')) refs.scripts.push(src);
    if (tag.name === 'link' && href !== undefined && hasRel(tag, 'modulepreload')) refs.scripts.push(href);
    if (tag.name === 'link' && href !== undefined && hasRel(tag, 'stylesheet')) refs.stylesheets.push(href);
    if (tag.name === 'link' && href !== undefined && hasRel(tag, 'preload') && tag.attributes.get('as') === 'fetch') refs.data.push(href);
  }
  return refs;
}
