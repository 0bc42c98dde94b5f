// The pages' Content Security Policy allows no inline script, and no inline style but the <style>
// elements it names by hash, so markup that has any other would be broken in the browser (and
// log errors) without failing anything at build time. The prerenderer checks every page it
// writes with this and refuses to write one that needs inline code. It reads HTML that Vite and
// React wrote: attribute values are quoted and never contain ">".
import { hashSource } from './content-security-policy';
import { STYLE_ELEMENT } from './inline-stylesheets';

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const POLICY = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Scripts that only carry data: browsers never execute them, so script-src does not apply. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', double, single, bare] of text.matchAll(ATTRIBUTE)) {
    attributes.set(name.toLowerCase(), double ?? single ?? bare ?? '');
  }
  return attributes;
}

/** A <script> element with text between its tags, its attributes in group 1 and its text in group 2. */
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The `'sha256-…'` sources that the page's own policy lists in a directive (style-src, script-src). */
function allowedHashes(html: string, directive: string): Set<string> {
  const directives = (POLICY.exec(html)?.[1] ?? '').split(';').map((text) => text.trim().split(/\s+/));
  const sources = directives.find(([name]) => name === directive) ?? [];
  return new Set(sources.filter((source) => source.startsWith("'sha256-")));
}

/** Every reason the page needs inline code its policy blocks, in words; empty when it needs none. */
export function inlineCodeProblems(html: string): string[] {
  const problems: string[] = [];
  const uncommented = html.replace(/<!--[\s\S]*?-->/g, '');
  const allowedStyles = allowedHashes(uncommented, 'style-src');
  for (const [element, css = ''] of uncommented.matchAll(STYLE_ELEMENT)) {
    if (!allowedStyles.has(hashSource(css))) problems.push(`<style> element not allowed by hash: ${element.slice(0, 80)}`);
  }
  // An inline script the policy names by its hash runs: it needs nothing the policy blocks.
  const allowedScripts = allowedHashes(uncommented, 'script-src');
  const markup = uncommented.replace(SCRIPT_ELEMENT, (element, attributes: string, text: string) =>
    text !== '' && !/\bsrc\s*=/i.test(attributes) && allowedScripts.has(hashSource(text)) ? '' : element,
  );
  // CSS is not markup: anything tag-like inside a <style> element is text.
  for (const [tagText, rawName = '', rawAttributes = ''] of markup.replace(STYLE_ELEMENT, '<style></style>').matchAll(TAG)) {
    const name = rawName.toLowerCase();
    const attributes = attributesOf(rawAttributes);
    const type = attributes.get('type')?.trim().toLowerCase() ?? '';
    if (name === 'script' && !attributes.has('src') && !DATA_SCRIPT_TYPES.has(type)) problems.push(`inline script: ${tagText}`);
    for (const [attribute, value] of attributes) {
      if (attribute === 'style') problems.push(`style attribute: ${tagText}`);
      if (attribute.startsWith('on')) problems.push(`event handler attribute: ${tagText}`);
      if (/^\s*javascript:/i.test(value)) problems.push(`javascript: URL: ${tagText}`);
    }
  }
  return problems;
}
