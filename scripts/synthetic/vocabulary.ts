// Word lists for synthetic talks. Subjects and title shapes come in English/Chinese pairs so a
// generated talk's two titles say the same thing, as a real translated catalog would.

export interface Phrase {
  readonly en: string;
  readonly zh: string;
}

/** What a title or summary is about, keyed by the topic ids of data/talks.json. */
export const SUBJECTS_BY_TOPIC: Readonly<Record<string, readonly Phrase[]>> = {
  alerting: [
    { en: 'Alertmanager', zh: 'Alertmanager' },
    { en: 'alert routing', zh: '告警路由' },
    { en: 'on-call paging', zh: '值班告警' },
    { en: 'alert fatigue', zh: '告警疲劳' },
    { en: 'SLO-based alerts', zh: '基于 SLO 的告警' },
    { en: 'silences and inhibition', zh: '告警静默与抑制' },
    { en: 'runbooks', zh: '故障处理手册' },
  ],
  storage: [
    { en: 'long-term storage', zh: '长期存储' },
    { en: 'remote write', zh: '远程写入' },
    { en: 'the time series database', zh: '时序数据库' },
    { en: 'compaction', zh: '数据压缩' },
    { en: 'Thanos', zh: 'Thanos' },
    { en: 'object storage', zh: '对象存储' },
    { en: 'downsampling', zh: '降采样' },
    { en: 'retention policies', zh: '数据保留策略' },
  ],
  instrumentation: [
    { en: 'exporters', zh: 'Exporter 开发' },
    { en: 'client libraries', zh: '客户端库' },
    { en: 'histograms', zh: '直方图指标' },
    { en: 'service discovery', zh: '服务发现' },
    { en: 'custom metrics', zh: '自定义指标' },
    { en: 'metric naming', zh: '指标命名规范' },
    { en: 'OpenMetrics', zh: 'OpenMetrics' },
  ],
  visualisation: [
    { en: 'Grafana dashboards', zh: 'Grafana 仪表盘' },
    { en: 'heatmaps', zh: '热力图' },
    { en: 'dashboards as code', zh: '仪表盘即代码' },
    { en: 'status pages', zh: '状态页' },
    { en: 'monitoring wallboards', zh: '监控大屏' },
  ],
  performance: [
    { en: 'high cardinality', zh: '高基数问题' },
    { en: 'query performance', zh: '查询性能' },
    { en: 'memory usage', zh: '内存占用' },
    { en: 'recording rules', zh: '记录规则' },
    { en: 'PromQL', zh: 'PromQL 优化' },
    { en: 'federation', zh: '联邦集群' },
    { en: 'scrape latency', zh: '采集延迟' },
  ],
  kubernetes: [
    { en: 'Kubernetes', zh: 'Kubernetes 监控' },
    { en: 'the Prometheus Operator', zh: 'Prometheus Operator' },
    { en: 'service meshes', zh: '服务网格' },
    { en: 'microservices', zh: '微服务监控' },
    { en: 'multi-cluster monitoring', zh: '多集群监控' },
    { en: 'container metrics', zh: '容器指标' },
    { en: 'sidecars', zh: 'Sidecar 模式' },
  ],
  frontend: [
    { en: 'browser metrics', zh: '浏览器指标' },
    { en: 'real user monitoring', zh: '真实用户监控' },
    { en: 'page performance', zh: '页面性能' },
    { en: 'client-side errors', zh: '前端错误采集' },
    { en: 'single-page apps', zh: '单页应用监控' },
  ],
  community: [
    { en: 'the Prometheus community', zh: 'Prometheus 社区' },
    { en: 'open source governance', zh: '开源治理' },
    { en: 'the project roadmap', zh: '项目路线图' },
    { en: 'new contributors', zh: '新贡献者' },
    { en: 'documentation', zh: '文档建设' },
  ],
  'case-study': [
    { en: 'a migration from Nagios', zh: '从 Nagios 迁移' },
    { en: 'monitoring at a bank', zh: '银行监控' },
    { en: 'e-commerce observability', zh: '电商平台可观测性' },
    { en: 'ten thousand nodes', zh: '万级节点监控' },
    { en: 'game server monitoring', zh: '游戏服务器监控' },
    { en: 'a telecom network', zh: '电信网络监控' },
  ],
};

/** Used for topics added to the dataset after these lists were written. */
export const GENERIC_SUBJECTS: readonly Phrase[] = [
  { en: 'observability', zh: '可观测性' },
  { en: 'monitoring', zh: '监控' },
  { en: 'metrics pipelines', zh: '指标管道' },
  { en: 'cloud-native systems', zh: '云原生系统' },
];

export const CONTEXTS: readonly Phrase[] = [
  { en: 'at scale', zh: '大规模' },
  { en: 'in production', zh: '生产环境' },
  { en: 'on bare metal', zh: '裸金属' },
  { en: 'for small teams', zh: '小团队' },
  { en: 'across regions', zh: '跨地域' },
  { en: 'in hybrid clouds', zh: '混合云' },
  { en: 'on a budget', zh: '低成本' },
  { en: 'at a million samples per second', zh: '每秒百万样本' },
];

export interface TitleParts {
  /** The main subject, e.g. "Long-Term Storage" in English titles. */
  readonly s: Phrase;
  /** A second subject, from the talk's second topic when it has one. */
  readonly t: Phrase;
  readonly c: Phrase;
}

export const TITLE_TEMPLATES: readonly ((p: TitleParts) => Phrase)[] = [
  ({ s, c }) => ({ en: `${s.en} ${c.en}`, zh: `${c.zh}场景下的${s.zh}` }),
  ({ s }) => ({ en: `Scaling ${s.en}`, zh: `${s.zh}的扩展之路` }),
  ({ s }) => ({ en: `Lessons learned from ${s.en}`, zh: `${s.zh}的经验与教训` }),
  ({ s }) => ({ en: `${s.en} in practice`, zh: `${s.zh}实践` }),
  ({ s }) => ({ en: `A deep dive into ${s.en}`, zh: `深入理解${s.zh}` }),
  ({ s }) => ({ en: `Getting started with ${s.en}`, zh: `${s.zh}入门` }),
  ({ s, t }) => ({ en: `${s.en} and ${t.en}`, zh: `${s.zh}与${t.zh}` }),
  ({ s, t }) => ({ en: `From ${s.en} to ${t.en}`, zh: `从${s.zh}到${t.zh}` }),
  ({ s }) => ({ en: `Rethinking ${s.en}`, zh: `重新思考${s.zh}` }),
  ({ s }) => ({ en: `${s.en}: what could possibly go wrong?`, zh: `${s.zh}：可能出什么问题？` }),
  ({ s, c }) => ({ en: `Debugging ${s.en} ${c.en}`, zh: `${c.zh}场景下的${s.zh}排障` }),
  ({ s }) => ({ en: `A year of ${s.en}`, zh: `${s.zh}这一年` }),
  ({ s }) => ({ en: `The hidden cost of ${s.en}`, zh: `${s.zh}的隐性成本` }),
  ({ s }) => ({ en: `${s.en} without tears`, zh: `轻松搞定${s.zh}` }),
  ({ s, t }) => ({ en: `${s.en} meets ${t.en}`, zh: `当${s.zh}遇上${t.zh}` }),
  ({ s }) => ({ en: `Monitoring ${s.en} with Prometheus`, zh: `用 Prometheus 做${s.zh}` }),
];

export const KEYNOTE_PREFIX: Phrase = { en: 'Keynote: ', zh: '主题演讲：' };

export interface SummaryParts extends TitleParts {
  readonly speaker: string;
  readonly org: string;
}

// Summary sentences in reading order: a summary is an ordered selection of them.
export const EN_SENTENCES: readonly ((p: SummaryParts) => string)[] = [
  ({ speaker, org, s }) => `In this talk, ${speaker} shares how ${org} approaches ${s.en}.`,
  ({ org }) => `The team at ${org} has run this setup for two years and explains what they would change today.`,
  ({ s, t }) => `The session covers the design trade-offs behind ${s.en} and shows where ${t.en} fits in.`,
  () => 'It compares pull-based scraping with push-based pipelines and explains when each one makes sense.',
  () => 'We look at alert fatigue, cardinality explosions and the cost of keeping metrics for a year.',
  ({ speaker }) =>
    `${speaker} walks through the numbers: ingestion rates, query latency and the memory needed per million series.`,
  ({ t, c }) => `The second half is a case study of ${t.en} ${c.en}.`,
  () => 'You will see real dashboards, the mistakes the team made along the way and the fixes that worked.',
  () => 'Expect concrete configuration examples, PromQL queries and a short live demo.',
  ({ s }) => `Attendees should know the basics of Prometheus; no prior experience with ${s.en} is needed.`,
  () => 'The talk closes with a checklist you can apply to your own clusters the next morning.',
  () => 'It ends with open questions for the community and an invitation to contribute.',
];

export const ZH_SENTENCES: readonly ((p: SummaryParts) => string)[] = [
  ({ org, s }) => `本次演讲介绍${org}在${s.zh}方面的实践经验。`,
  ({ s, t }) => `讲者将分享${s.zh}背后的设计取舍，以及${t.zh}在其中的作用。`,
  () => '性能、可观测性与存储成本之间如何平衡，是本次分享的核心问题。',
  () => '同时对比拉取式采集与推送式管道，说明各自适用的场景。',
  () => '重点讨论告警疲劳、高基数以及长期保存指标的存储成本。',
  () => '服务网格带来了新的监控挑战，告警规则也需要随之调整。',
  ({ speaker }) => `${speaker}将用数据说话：写入速率、查询延迟以及每百万时间序列所需的内存。`,
  ({ c, t }) => `下半场是一个关于${c.zh}${t.zh}的案例分析。`,
  () => '内容包括真实的监控大盘、踩过的坑和最终有效的解决方案。',
  () => '演讲中会给出具体的配置示例和 PromQL 查询，并进行现场演示。',
  ({ s }) => `听众需要了解 Prometheus 的基础知识，无需${s.zh}经验。`,
  () => '最后提供一份可以直接用于自己集群的检查清单。',
];
