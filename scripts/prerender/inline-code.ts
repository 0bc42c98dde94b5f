// The pages' Content Security Policy allows no inline script or style, so markup that has any
// would be broken in the browser (and log errors) without failing anything at build time. The
// prerenderer checks every page it writes with this and refuses to write one that needs inline code.
// It reads HTML that Vite and React wrote: attribute values are quoted and never contain ">".

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
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

/** Every reason the page needs inline code, in words; empty when it needs none. */
export function inlineCodeProblems(html: string): string[] {
  const problems: string[] = [];
  for (const [tagText, rawName = '', rawAttributes = ''] of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(TAG)) {
    const name = rawName.toLowerCase();
    const attributes = attributesOf(rawAttributes);
    const type = attributes.get('type')?.trim().toLowerCase() ?? '';
    if (name === 'script' && !attributes.has('src') && !DATA_SCRIPT_TYPES.has(type)) problems.push(`inline script: ${tagText}`);
    if (name === 'style') problems.push(`<style> element: ${tagText}`);
    for (const [attribute, value] of attributes) {
      if (attribute === 'style') problems.push(`style attribute: ${tagText}`);
      if (attribute.startsWith('on')) problems.push(`event handler attribute: ${tagText}`);
      if (/^\s*javascript:/i.test(value)) problems.push(`javascript: URL: ${tagText}`);
    }
  }
  return problems;
}
