// The bench drives the baseline page with the selectors it uses on the app (measure-app.ts): if
// the page stopped answering them, the bench would fail or time out instead of measuring a floor.
import { JSDOM } from 'jsdom';
import { getByRole, getByText } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { baselineHtml } from '../../scripts/bench/baseline-page';
import type { Topic } from '../../src/catalog/catalog-schema';

const topics: Topic[] = [
  { id: 'alerting', label: { en: 'Alerting', zh: '告警' } },
  { id: 'kubernetes', label: { en: 'Kubernetes & microservices', zh: 'Kubernetes 与微服务' } },
];

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
      const box = getByRole<HTMLInputElement>(body, 'checkbox', { name: new RegExp(`^${topic.label.en}\\s*[\\d,]+$`) });
      const before = resultText();
      box.click();
      expect(resultText()).not.toBe(before);
    }
    expect(getByText(body, /alerting, kubernetes/)).toBeTruthy();
    window.close();
  });
});
