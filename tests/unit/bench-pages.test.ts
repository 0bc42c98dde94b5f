// Which pages the bench weighs and the audit scores, picked from a build's own files; and what a
// build wrote, counted.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstListedTalk, heaviestEvent, pickPages } from '../../scripts/bench/bench-pages';
import { measureOutput } from '../../scripts/bench/build-output';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A build folder: index.html naming the base, the archive, and event pages of the given sizes. */
function fakeBuild(base: string, archive: string, events: Record<string, number>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bench-pages-'));
  made.push(root);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write('index.html', `<script type="module" src="${base}assets/index-x.js"></script>`);
  write('talks/index.html', archive);
  write('assets/index-x.js', 'console.log(1)');
  for (const [id, bytes] of Object.entries(events)) write(`events/${id}/index.html`, 'x'.repeat(bytes));
  write('events/index.html', 'the list of events, not an event');
  return root;
}

const archive = (base: string) =>
  `<nav><a href="${base}talks">Talks</a></nav><a href="${base}talks/from-the-header">x</a>` +
  `<ol class="talk-list"><li><a href="${base}talks/caf%C3%A9-talk?from=archive">Café</a></li><li><a href="${base}talks/second">2</a></li></ol>`;

describe('firstListedTalk', () => {
  it('takes the first talk inside the list, not a link before it, and decodes its id', () => {
    expect(firstListedTalk(archive('/'), '/')).toBe('café-talk');
  });

  it('reads links under a base path', () => {
    expect(firstListedTalk(archive('/talks-site/'), '/talks-site/')).toBe('café-talk');
    expect(firstListedTalk(archive('/other/'), '/talks-site/')).toBeUndefined();
  });

  it('finds nothing on a page without the list', () => {
    expect(firstListedTalk('<a href="/talks/x">x</a>', '/')).toBeUndefined();
  });
});

describe('heaviestEvent', () => {
  it('takes the largest page, the first by name on a tie', () => {
    expect(heaviestEvent([{ id: 'b', bytes: 5 }, { id: 'a', bytes: 9 }, { id: 'c', bytes: 9 }])).toBe('a');
    expect(heaviestEvent([])).toBeUndefined();
  });
});

describe('pickPages', () => {
  it('names the four pages relative to the base, from the build’s files', () => {
    const root = fakeBuild('/', archive('/'), { 'small-con': 10, 'big-con': 500 });
    expect(pickPages(root)).toEqual({ home: '', talk: 'talks/caf%C3%A9-talk', event: 'events/big-con', archive: 'talks' });
  });

  it('says so when the folder is not a build of the app', () => {
    const root = fakeBuild('/', '<p>no list</p>', { a: 1 });
    expect(() => pickPages(root)).toThrow(/lists no talk/);
  });
});

describe('measureOutput', () => {
  it('counts every file and byte below the folder, and finds the largest HTML page', () => {
    const root = fakeBuild('/', archive('/'), { 'small-con': 10, 'big-con': 500 });
    const output = measureOutput(root);
    expect(output.files).toBe(6);
    expect(output.largestHtml).toEqual({ file: 'events/big-con/index.html', bytes: 500 });
    expect(output.bytes).toBeGreaterThan(510);
  });
});
