// Vocabularies the UI lists in this order. Kept apart from the schema so the app can use them
// without shipping the schema (and its validation library) to the browser.
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

/** What kind of session a talk is, where its source says so. */
export const TALK_KINDS = ['keynote', 'talk', 'panel', 'lightning', 'workshop'] as const;
export type TalkKind = (typeof TALK_KINDS)[number];

/** A topic is either a project the talk is about (Prometheus, Envoy…) or a subject (alerting…). */
export const TOPIC_KINDS = ['project', 'subject'] as const;

/**
 * Where a recording can be watched. YouTube and Tencent Video can be embedded (the CSP allows
 * their players); the others are plain links. A WeChat article is not a video host, but CNCF's
 * list for one event links articles that carry the recording, and they load in mainland China.
 */
export const VIDEO_HOSTS = ['youtube', 'tencent', 'bilibili', 'vimeo', 'wechat', 'other'] as const;
export type VideoHost = (typeof VIDEO_HOSTS)[number];
