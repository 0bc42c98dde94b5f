// A list file that cannot be imported is refused in the reader's language, saying what is wrong
// and where (the field, or the line and column of broken JSON); the parser's own words, if any,
// come only as a second, smaller line.
import { pathInLanguage } from '../../src/i18n/language-path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useReaderListStore } from '../../src/reader-list/reader-list-store';
import { renderApp } from './render-app';

const OPEN_TOOLS = { en: 'My list: export, import, share, copy', zh: '我的清单：导出、导入、分享、复制' } as const;

/** The list file's lines; the third is missing the comma after the second. */
const BROKEN_JSON = ['{', '  "format": "talk-catalog/reader-list",', '  "version": 1', '  "saved": [],', '  "watched": []', '}'].join('\n');
const file = (text: string, name = 'list.json') => new File([text], name, { type: 'application/json' });
const exported = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 'talk-catalog/reader-list', version: 1, saved: [], watched: [], ...fields });

type Case = { name: string; text: string; en: RegExp; zh: RegExp; detail?: boolean };

const CASES: Case[] = [
  { name: 'broken JSON', text: BROKEN_JSON, en: /not valid JSON \(line 4, column 3\)/, zh: /不是有效的 JSON（第 4 行第 3 列）/, detail: true },
  { name: 'an empty file', text: '', en: /the file is empty/, zh: /文件是空的/ },
  { name: 'JSON that is no object', text: '["a-talk"]', en: /holds no list.*“saved” and “watched”/, zh: /没有清单.*“saved”和“watched”/ },
  { name: 'another kind of file', text: '{"hello": 1}', en: /“format” field does not say “talk-catalog\/reader-list”/, zh: /“format”字段不是“talk-catalog\/reader-list”/ },
  { name: 'a newer version', text: exported({ version: 2 }), en: /newer version of the catalog \(“version”: 2/, zh: /更新版本.*“version”为 2/ },
  { name: 'a version that is no number', text: exported({ version: 'one' }), en: /“version” field should be 1/, zh: /“version”字段应为 1/ },
  { name: 'a list that is no list', text: exported({ saved: 'a-talk' }), en: /“saved” field should be a list of talk ids/, zh: /“saved”字段应为演讲 id 的列表/ },
  { name: 'a missing list', text: JSON.stringify({ format: 'talk-catalog/reader-list', version: 1, saved: [] }), en: /has no “watched” list/, zh: /缺少“watched”列表/ },
];

async function importFile(language: 'en' | 'zh', text: string) {
  useReaderListStore.setState({ saved: ['storage-deep-dive'], watched: [] });
  const { user } = await renderApp(pathInLanguage('/', language));
  await user.click(screen.getByRole('button', { name: OPEN_TOOLS[language] }));
  await screen.findByRole('heading', { level: 2, name: language === 'en' ? 'My list' : '我的清单' });
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (input === null) throw new Error('no file input');
  await user.upload(input, file(text));
  const status = await screen.findByText(language === 'en' ? /^Could not import list\.json/ : /^无法导入 list\.json/);
  const line = status.closest('[role="status"]');
  if (!(line instanceof HTMLElement)) throw new Error('the message is not in the status line');
  const detail = line.querySelector('small');
  // The main line is the status without its secondary line.
  const main = [...line.childNodes].filter((node) => node !== detail).map((node) => node.textContent).join('');
  return { main, detail: detail?.textContent ?? null, line };
}

/** The message without what is not words: the file name, quoted field names and values, "JSON", "id". */
const wordsOf = (text: string) => text.replace('list.json', '').replace(/“[^”]*”/g, '').replace(/JSON|\bid\b/g, '');

describe('a list file that cannot be imported', () => {
  it.each(CASES)('says in English what is wrong with $name', async ({ text, en, detail }) => {
    const { main, detail: secondary } = await importFile('en', text);
    expect(main).toMatch(en);
    expect(main).toMatch(/Your list is unchanged\.$/);
    if (detail === true) expect(secondary, 'the parser’s words, as a second line').not.toBeNull();
    else expect(secondary).toBeNull();
    expect(useReaderListStore.getState().saved).toEqual(['storage-deep-dive']);
  });

  it.each(CASES)('says in Chinese what is wrong with $name, with no English in the message', async ({ text, zh, detail }) => {
    const { main, detail: secondary } = await importFile('zh', text);
    expect(main).toMatch(zh);
    expect(main).toMatch(/你的清单没有改变。$/);
    expect(wordsOf(main), main).not.toMatch(/[A-Za-z]/);
    expect(main, 'Chinese punctuation').not.toMatch(/[,:;()]/);
    if (detail === true) expect(secondary).not.toBeNull();
    expect(useReaderListStore.getState().saved).toEqual(['storage-deep-dive']);
  });

  it('keeps the parser’s words out of the main line', async () => {
    const { main, detail, line } = await importFile('zh', BROKEN_JSON);
    expect(detail).not.toBeNull();
    expect(main).not.toContain(detail ?? '');
    expect(within(line).getByText(detail ?? '')).toHaveAttribute('lang', 'en');
  });
});
