// The video player’s words. They load with the code that shows them, not with the first page;
// src/i18n/messages.ts holds the words every page needs.
import type { Bilingual } from '../i18n/messages';

const en = {
  tencentMirror: 'Tencent Video mirror (loads in mainland China)',
  playHere: (source: string) => `Play here from ${source}`,
  playerTitle: (source: string, title: string) => `${source} player: ${title}`,
  videoSourceLegend: 'Open videos on',
  videoSourceHint: 'Your choice is remembered. Tencent Video loads in mainland China; YouTube does not.',
};

export const videoMessages: Bilingual<typeof en> = {
  en,
  zh: {
    tencentMirror: '腾讯视频镜像（中国大陆可直接访问）',
    playHere: (source) => `在此播放（${source}）`,
    playerTitle: (source, title) => `${source} 播放器：${title}`,
    videoSourceLegend: '视频来源',
    videoSourceHint: '选择会被记住。腾讯视频在中国大陆可以直接观看，YouTube 在中国大陆无法直接访问。',
  },
};
