// The words every page shows, in both languages. Words only one split-off part of the app shows
// live beside it (`*-messages.ts` in its feature folder) and load with it. Each set is derived
// from its English, so a key missing from Chinese (or a Chinese-only key) is a type error, and
// tests/unit/messages.test.ts checks that no value is empty and each reads in its language.
import type { Level } from '../catalog/catalog-schema';

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** BCP 47 tags for `<html lang>` and `Intl`. */
export const LOCALE: Record<Language, string> = { en: 'en', zh: 'zh-Hans' };

const en = {
  siteName: 'Talk Catalog',
  /** "Label: value", with the language's own colon. */
  labelled: (label: string, value: string) => `${label}: ${value}`,
  skipToContent: 'Skip to content',
  languageLabel: 'Language',
  switchToOther: '中文',
  catalogTitle: (event: string) => `Prometheus talks · ${event}`,
  catalogIntro: (count: string, city: string, dates: string) =>
    `${count} Prometheus talks recorded in ${city}, ${dates}, as recommended by a Chinese blog post.`,
  searchLabel: 'Search talks',
  searchPlaceholder: 'Title, speaker, summary…',
  filtersHeading: 'Filters',
  topicLegend: 'Topic',
  levelLegend: 'Level',
  slidesLegend: 'Slides',
  hasSlides: 'Has slides',
  levels: {
    keynote: 'Keynote',
    beginner: 'Beginner',
    intermediate: 'Intermediate',
    advanced: 'Advanced',
    unknown: 'Level not stated',
  } satisfies Record<Level, string>,
  resultCount: (shown: string, total: string) => `Showing ${shown} of ${total} talks`,
  emptyState: 'No talk matches these filters.',
  clearFilters: 'Clear all filters',
  pick: 'Pick of the post',
  pickExplained: 'The post’s author singled this talk out as most worth watching.',
  officialTitle: 'Official title: ',
  videoHeading: 'Video',
  slidesHeading: 'Slides',
  youtube: 'YouTube',
  tencent: 'Tencent Video',
  slidesLink: 'Slides',
  seedSlidesLink: 'Slides: original short link from the post',
  noSlides: 'No slides',
  noVideo: 'No recording',
  opensInNewTab: '(opens in a new tab)',
  backToList: 'Back to the talks',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address. The talk may have moved, or the link was mistyped.',
  goHome: 'Go to the catalog',
  errorTitle: 'Something went wrong on this page',
  errorBody: 'This page could not be shown. Your saved talks and settings are safe. Try the catalog, or reload the page.',
  catalogLoadFailed: (reason: string) =>
    `The talk data could not be loaded (${reason}). This page still reads and its links work; filters, search and your list need a reload.`,
  saveForLater: 'Save for later',
  markWatched: 'Watched',
  myListLegend: 'My list',
  savedOnly: 'Saved for later',
  unwatchedOnly: 'Not watched yet',
  openListTools: 'My list: export, import, share, copy',
  closeListTools: 'Close my list tools',
  sortLabel: 'Sort by',
  sorts: { post: 'The post’s order', title: 'Title', speaker: 'Speaker', level: 'Level' },
  themeLabel: 'Theme',
  themes: { system: 'System', light: 'Light', dark: 'Dark' },
  keyboardHint: 'Keys: / search, Esc clear, j/k or ↓/↑ move between talks, Enter open.',
  showMore: (count: string, remaining: string) => `Show ${count} more (${remaining} not shown)`,
  footerSource: 'Talks chosen by the blog post ',
  footerAfterSource: (date: string) => ` (${date}). Recordings and mirrors published by the CNCF.`,
};

export type Messages = typeof en;

const zh: Messages = {
  siteName: '演讲目录',
  labelled: (label, value) => `${label}：${value}`,
  skipToContent: '跳到正文',
  languageLabel: '语言',
  switchToOther: 'English',
  catalogTitle: (event) => `${event} · Prometheus 演讲`,
  catalogIntro: (count, city, dates) => `${dates}在${city}录制的 ${count} 场 Prometheus 演讲，选自一篇中文博客的推荐。`,
  searchLabel: '搜索演讲',
  searchPlaceholder: '标题、讲者、简介…',
  filtersHeading: '筛选',
  topicLegend: '主题',
  levelLegend: '难度',
  slidesLegend: '幻灯片',
  hasSlides: '有幻灯片',
  levels: {
    keynote: '主题演讲',
    beginner: '入门',
    intermediate: '中级',
    advanced: '高级',
    unknown: '未标注难度',
  },
  resultCount: (shown, total) => `共 ${total} 场，显示 ${shown} 场`,
  emptyState: '没有符合这些条件的演讲。',
  clearFilters: '清除全部筛选',
  pick: '原文推荐',
  pickExplained: '原文作者认为这场演讲最值得一看。',
  officialTitle: '官方标题：',
  videoHeading: '视频',
  slidesHeading: '幻灯片',
  youtube: 'YouTube',
  tencent: '腾讯视频',
  slidesLink: '幻灯片',
  seedSlidesLink: '幻灯片：原文中的短链接',
  noSlides: '无幻灯片',
  noVideo: '没有录像',
  opensInNewTab: '（在新标签页打开）',
  backToList: '返回演讲列表',
  notFoundTitle: '页面不存在',
  notFoundBody: '这个地址没有页面，可能演讲已移动，或链接有误。',
  goHome: '回到演讲目录',
  errorTitle: '这个页面出错了',
  errorBody: '这个页面无法显示。你保存的演讲和设置不受影响。请回到目录，或重新加载页面。',
  catalogLoadFailed: (reason) => `演讲数据未能加载（${reason}）。本页仍可阅读，链接也可用；筛选、搜索和你的清单需要重新加载页面。`,
  saveForLater: '稍后观看',
  markWatched: '已看过',
  myListLegend: '我的清单',
  savedOnly: '稍后观看',
  unwatchedOnly: '还没看过',
  openListTools: '我的清单：导出、导入、分享、复制',
  closeListTools: '关闭清单工具',
  sortLabel: '排序',
  sorts: { post: '原文顺序', title: '标题', speaker: '讲者', level: '难度' },
  themeLabel: '主题色',
  themes: { system: '跟随系统', light: '浅色', dark: '深色' },
  keyboardHint: '快捷键：/ 搜索，Esc 清空，j/k 或 ↓/↑ 切换演讲，Enter 打开。',
  showMore: (count, remaining) => `再显示 ${count} 场（还有 ${remaining} 场未显示）`,
  footerSource: '演讲选自博客文章',
  footerAfterSource: (date) => `（${date}）。录像及镜像由 CNCF 发布。`,
};

/** One set of words in each language. */
export type Bilingual<M> = Record<Language, M>;

export const messages: Bilingual<Messages> = { en, zh };
