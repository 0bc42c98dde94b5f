// The bench's baseline: a page that does next to nothing, measured exactly as the app is (same
// browser, probe, loads, keystrokes and toggles). Its figures are the floor this machine and
// browser set for any page: starting a renderer, parsing, the first frame, dispatching a key and
// painting one changed line. The app's figures read against it, so a target that even this page
// misses on a slow day shows as the machine's, not the app's.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Topic } from '../../src/catalog/catalog-schema';
import { paths } from '../../src/paths';
import { topicName } from './topic-toggles';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * What measureApp drives on the archive: a search box labelled "Search talks", one checkbox per
 * topic named "<label> <count>", one talk in `ol.talk-list`, and `#result-count` inside
 * `.catalog-results`, which each keystroke or toggle rewrites (the one DOM change the probe
 * waits for).
 */
export function baselineHtml(topics: readonly Topic[]): string {
  const boxes = topics
    .map((topic) => `<label><input type="checkbox" value="${escapeHtml(topic.id)}"> ${escapeHtml(topicName(topic))} 1</label>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bench baseline</title></head>
<body>
<h1>Bench baseline</h1>
<label>Search talks <input type="search"></label>
<fieldset><legend>Topics</legend>
${boxes}
</fieldset>
<section class="catalog-results">
<h2 id="result-count">All talks</h2>
<ol class="talk-list"><li><article><h3>A talk</h3><p>One talk, so the probe sees a list.</p></article></li></ol>
</section>
<script>
const count = document.getElementById('result-count');
const search = document.querySelector('input[type=search]');
const show = () => {
  const topics = [...document.querySelectorAll('input[type=checkbox]:checked')].map((box) => box.value);
  count.textContent = 'Talks for "' + search.value + '"' + (topics.length > 0 ? ' in ' + topics.join(', ') : '');
};
search.addEventListener('input', show);
for (const box of document.querySelectorAll('input[type=checkbox]')) box.addEventListener('change', show);
</script>
</body>
</html>
`;
}

/**
 * Writes the baseline page as `<dir>/index.html`, which serveStatic needs, and at the archive's
 * path, so the bench opens the baseline at the same URL as the app's archive.
 */
export function writeBaselineSite(dir: string, topics: readonly Topic[]): string {
  const html = baselineHtml(topics);
  const archiveDir = path.join(dir, ...paths.archive().split('/').filter((segment) => segment !== ''));
  mkdirSync(archiveDir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), html);
  writeFileSync(path.join(archiveDir, 'index.html'), html);
  return dir;
}
