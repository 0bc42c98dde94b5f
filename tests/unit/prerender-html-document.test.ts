import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource } from '../../scripts/prerender/content-security-policy';
import { composePage, splitHoisted } from '../../scripts/prerender/html-document';
import { inlineCodeProblems } from '../../scripts/prerender/inline-code';
import { inlineStylesheets } from '../../scripts/prerender/inline-stylesheets';

// Shaped like Vite's build of index.html.
const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="The generic description." />
    <link rel="icon" href="data:," />
    <title>Talk Catalog</title>
    <script type="module" crossorigin src="/talks/assets/index-a1.js"></script>
    <link rel="stylesheet" crossorigin href="/talks/assets/index-b2.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const CSS = 'body{margin:0;color:#222}.cover{background:url("data:image/svg+xml,%3Csvg%3E")}';
const readCss = (href: string) => {
  if (href !== '/talks/assets/index-b2.css') throw new Error(`asked for ${href}`);
  return CSS;
};
const INLINED = inlineStylesheets(TEMPLATE, readCss).template;

const page = (appHtml: string, prerenderedUrl: string | null = '/talks/talks/x') =>
  composePage(INLINED, { appHtml, headTags: ['<meta name="description" content="Its own." />'], prerenderedUrl, language: 'en' });

const headOf = (html: string) => html.slice(html.indexOf('<head>'), html.indexOf('</head>'));

describe('splitHoisted', () => {
  it('separates the elements React hoists from the app’s markup', () => {
    expect(splitHoisted('<title>T</title><meta name="x" content="y"/><a href="/">home</a><title>not hoisted</title>')).toEqual({
      hoisted: ['<title>T</title>', '<meta name="x" content="y"/>'],
      body: '<a href="/">home</a><title>not hoisted</title>',
    });
  });
});

describe('composePage', () => {
  it('puts the page’s one title and its own description in <head>, in place of the generic ones', () => {
    const html = page('<title>Grafana · Talk Catalog</title><main><h1>Grafana</h1></main>');
    expect(html.match(/<title>[^<]*<\/title>/g)).toEqual(['<title>Grafana · Talk Catalog</title>']);
    expect(headOf(html)).toContain('<title>Grafana · Talk Catalog</title>');
    expect(html).not.toContain('The generic description.');
    expect(headOf(html)).toContain('<meta name="description" content="Its own." />');
  });

  it('puts the app’s markup in #root, marked with the URL it was rendered for', () => {
    const html = page('<title>T</title><main><h1>Grafana</h1></main>');
    expect(html).toContain('<div id="root" data-prerendered-url="/talks/talks/x"><main><h1>Grafana</h1></main></div>');
    expect(page('<title>T</title><p>x</p>', null)).toContain('<div id="root"><p>x</p></div>');
  });

  it('puts the Content Security Policy, allowing the page’s stylesheet by its hash, before every script and style', () => {
    const head = headOf(page('<title>T</title><p>x</p>'));
    const policy = head.indexOf(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ styles: [hashSource(CSS)] })}" />`);
    expect(policy).toBeGreaterThan(head.indexOf('<meta charset="UTF-8" />'));
    expect(policy).toBeLessThan(head.indexOf('<script'));
    expect(policy).toBeLessThan(head.indexOf('<style>'));
  });

  it('marks the page’s language on <html>, and runs the first script right after the policy', () => {
    const html = composePage(INLINED, { appHtml: '<title>T</title><p>x</p>', headTags: [], prerenderedUrl: null, language: 'zh', firstScript: 'go()' });
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'sha256-[^']+'[^"]*" \/>\n\s*<script>go\(\)<\/script>/);
    expect(page('<title>T</title><p>x</p>')).toContain('<html lang="en">');
    expect(page('<title>T</title><p>x</p>')).not.toContain('<script>');
  });

  it('keeps "$&" and "$1" in a title as text', () => {
    expect(page('<title>Costs $&amp; $1 · T</title><p>$&</p>')).toContain('<title>Costs $&amp; $1 · T</title>');
  });

  it('refuses a page without a title, or with two', () => {
    expect(() => page('<p>x</p>')).toThrow(/0 <title> elements/);
    expect(() => page('<title>A</title><title>B</title><p>x</p>')).toThrow(/2 <title> elements/);
  });

  it('refuses a template that is not Vite’s empty shell', () => {
    expect(() => composePage(TEMPLATE.replace('<div id="root"></div>', '<div id="app"></div>'), { appHtml: '<title>T</title>', headTags: [], prerenderedUrl: null, language: 'en' })).toThrow(/#?root/);
  });
});

describe('inlineStylesheets', () => {
  it('puts each linked stylesheet’s CSS in a <style> element in its place, and names what it inlined', () => {
    const { template, inlinedHrefs } = inlineStylesheets(TEMPLATE, readCss);
    expect(inlinedHrefs).toEqual(['/talks/assets/index-b2.css']);
    expect(template).not.toContain('rel="stylesheet"');
    expect(template).toContain(`<script type="module" crossorigin src="/talks/assets/index-a1.js"></script>\n    <style>${CSS}</style>\n  </head>`);
  });

  it('refuses CSS that would break inline: a relative url(), or "</style"', () => {
    expect(() => inlineStylesheets(TEMPLATE, () => '.a{background:url(img/x.png)}')).toThrow(
      '/talks/assets/index-b2.css refers to url(img/x.png), which would not resolve from a page in another folder',
    );
    expect(() => inlineStylesheets(TEMPLATE, () => '.a::after{content:"</style>"}')).toThrow(/"<\/style", which would end its <style> element early/);
  });
});

describe('the Content Security Policy', () => {
  it('allows no inline script, inline style only by hash, and frames only the two video players', () => {
    const policy = contentSecurityPolicy({ styles: ["'sha256-abc='"] });
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self' 'sha256-abc=';");
    expect(contentSecurityPolicy()).toContain("style-src 'self';");
    expect(policy).toContain('frame-src https://www.youtube-nocookie.com https://v.qq.com;');
    expect(policy).toContain("object-src 'none'");
  });
});

describe('inlineCodeProblems', () => {
  it('accepts scripts with a src, JSON-LD, and plain markup', () => {
    const html = `${page('<title>T</title><p class="x" data-style="a">style=nothing</p>')}<script type="application/ld+json">{"a":1}</script>`;
    expect(inlineCodeProblems(html)).toEqual([]);
  });

  it('accepts the inlined stylesheet, whose hash the page’s policy names, and nothing tag-like inside it', () => {
    const html = inlineStylesheets(TEMPLATE, () => '.x[title="<p style=a>"]{color:red}').template;
    expect(inlineCodeProblems(composePage(html, { appHtml: '<title>T</title><p>x</p>', headTags: [], prerenderedUrl: null, language: 'en' }))).toEqual([]);
  });

  it('names every inline script, style and event handler the policy would block', () => {
    const problems = inlineCodeProblems(
      '<script>go()</script><script type="module">go()</script><style>p{}</style><p style="color:red">x</p><button onclick="go()">b</button><a href="javascript:go()">a</a><!-- <script>ignored()</script> -->',
    );
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/<style>[\s\S]*inline script[\s\S]*inline script[\s\S]*style attribute[\s\S]*event handler[\s\S]*javascript:/);
  });

  it('accepts the first script, whose hash the page’s policy names, and refuses it once changed', () => {
    const html = composePage(INLINED, { appHtml: '<title>T</title><p>x</p>', headTags: [], prerenderedUrl: null, language: 'en', firstScript: 'go()' });
    expect(inlineCodeProblems(html)).toEqual([]);
    expect(inlineCodeProblems(html.replace('<script>go()</script>', '<script>gone()</script>'))).toEqual([expect.stringMatching(/^inline script/)]);
  });

  it('names a <style> element whose text no longer matches the hash in the page’s policy', () => {
    const html = page('<title>T</title><p>x</p>').replace(CSS, `${CSS}p{}`);
    expect(inlineCodeProblems(html)).toEqual([expect.stringMatching(/^<style> element not allowed by hash: <style>body\{margin:0/)]);
  });
});
