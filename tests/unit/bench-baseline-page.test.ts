// The bench drives the baseline page with the selectors it uses on the app's archive
// (measure-app.ts): if the page stopped answering them, the bench would fail or time out instead
// of measuring a floor.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { getByRole, getByText } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { baselineHtml, writeBaselineSite } from '../../scripts/bench/baseline-page';
import { toggledTopics, topicName } from '../../scripts/bench/topic-toggles';
import { generateCatalog } from '../../scripts/synthetic/generate-catalog';
import { facetOptions } from '../../src/talks/filter-options';
import type { Topic } from '../../src/catalog/catalog-schema';

// A subject with both labels, and a project with only its English name, as imported ones have.
const topics: Topic[] = [
  { id: 'alerting', kind: 'subject', label: { en: 'Alerting', zh: '告警' } },
  { id: 'open-policy-agent', kind: 'project', label: { en: 'Open Policy Agent (OPA)' } },
];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function openPage() {
  const { window } = new JSDOM(baselineHtml(topics), { runScripts: 'dangerously' });
  const body = window.document.body;
  const resultText = () => window.document.querySelector('.catalog-results #result-count')?.textContent;
  return { window, body, resultText };
}

describe('bench baseline page', () => {
  it('has one talk in the list the probe waits for', () => {
    const { window } = openPage();
    expect(window.document.querySelectorAll('ol.talk-list article')).toHaveLength(1);
  });

  it('rewrites the result line on every keystroke', () => {
    const { window, body, resultText } = openPage();
    const search = getByRole<HTMLInputElement>(body, 'searchbox', { name: 'Search talks' });
    const before = resultText();
    search.value = 'm';
    search.dispatchEvent(new window.Event('input', { bubbles: true }));
    const afterM = resultText();
    search.value = 'mo';
    search.dispatchEvent(new window.Event('input', { bubbles: true }));
    expect(afterM).not.toBe(before);
    expect(resultText()).not.toBe(afterM);
  });

  it('names each topic checkbox "<label> <count>", as the app does, and rewrites the result line on a toggle', () => {
    const { window, body, resultText } = openPage();
    for (const topic of topics) {
      const box = getByRole<HTMLInputElement>(body, 'checkbox', { name: new RegExp(`^${escapeRegExp(topicName(topic))}\\s*[\\d,]+$`) });
      const before = resultText();
      box.click();
      expect(resultText()).not.toBe(before);
    }
    expect(getByText(body, /alerting, open-policy-agent/)).toBeTruthy();
    window.close();
  });

  it('is written at the archive’s path too, where the bench opens it', () => {
    const dir = writeBaselineSite(mkdtempSync(path.join(os.tmpdir(), 'baseline-test-')), topics);
    try {
      expect(readFileSync(path.join(dir, 'talks', 'index.html'), 'utf8')).toBe(baselineHtml(topics));
      expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(baselineHtml(topics));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bench topic toggles', () => {
  it('are options the archive shows before "show all", the same at every size', () => {
    const small = generateCatalog({ talks: 1000, seed: 42 });
    const large = generateCatalog({ talks: 3000, seed: 42 });
    for (const catalog of [small, large]) {
      const toggled = toggledTopics(catalog);
      expect(toggled).toHaveLength(12);
      const options = facetOptions(catalog, catalog.talks, []);
      // filter-panel.tsx shows a group's first 10 options.
      const shown = new Set(options.filter((o) => o.facet === 'projects' || o.facet === 'topics').flatMap((o) => o.values.slice(0, 10)));
      expect(toggled.filter((topic) => !shown.has(topic.id))).toEqual([]);
    }
    expect(toggledTopics(large).map((topic) => topic.id)).toEqual(toggledTopics(small).map((topic) => topic.id));
  });
});
