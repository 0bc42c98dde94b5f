// Word lists for synthetic talks. Subjects and title shapes come in English/Chinese pairs so a
// generated talk's two titles say the same thing, as a real translated catalog would.
import type { TalkKind, Topic } from '../../src/catalog/catalog-schema';

export interface Phrase {
  readonly en: string;
  readonly zh: string;
}

export interface TopicWords {
  readonly topic: Topic;
  /** How often talks have the topic, relative to the others of its kind: Kubernetes is everywhere. */
  readonly weight: number;
  /** What a title or summary about the topic talks about. */
  readonly subjects: readonly Phrase[];
}

const project = (id: string, label: string, weight: number, subjects: readonly Phrase[]): TopicWords => ({
  // A project's name is the same in both languages, so its label has only "en", as imported ones do.
  topic: { id, kind: 'project', label: { en: label } },
  weight,
  subjects,
});

const subject = (id: string, label: Phrase, weight: number, subjects: readonly Phrase[]): TopicWords => ({
  topic: { id, kind: 'subject', label: { en: label.en, zh: label.zh } },
  weight,
  subjects,
});

const same = (name: string): Phrase => ({ en: name, zh: name });

/**
 * The topics of a synthetic catalog. Subject ids and labels are those of
 * data/post-prometheus-2017.json (and "prometheus" and "kubernetes" the project ids its talks
 * name), so a synthetic catalog composes with the curated post; project weights follow how often
 * the real archive's titles name them, roughly.
 */
export const TOPIC_WORDS: readonly TopicWords[] = [
  project('kubernetes', 'Kubernetes', 30, [
    same('Kubernetes'),
    { en: 'the Prometheus Operator', zh: 'Prometheus Operator' },
    { en: 'multi-cluster Kubernetes', zh: '多集群 Kubernetes' },
    { en: 'container metrics', zh: '容器指标' },
    { en: 'sidecars', zh: 'Sidecar 模式' },
    { en: 'the kubelet', zh: 'kubelet' },
    { en: 'custom controllers', zh: '自定义控制器' },
    { en: 'cluster autoscaling', zh: '集群自动扩缩容' },
  ]),
  project('prometheus', 'Prometheus', 12, [
    same('Prometheus'),
    same('PromQL'),
    same('Alertmanager'),
    { en: 'recording rules', zh: '记录规则' },
    { en: 'federation', zh: '联邦集群' },
    { en: 'remote write', zh: '远程写入' },
  ]),
  project('envoy', 'Envoy', 6, [same('Envoy'), { en: 'Envoy filters', zh: 'Envoy 过滤器' }, { en: 'the xDS API', zh: 'xDS API' }]),
  project('istio', 'Istio', 7, [same('Istio'), { en: 'Istio traffic management', zh: 'Istio 流量管理' }, { en: 'ambient mesh', zh: 'Ambient 网格' }]),
  project('helm', 'Helm', 5, [same('Helm'), { en: 'Helm charts', zh: 'Helm Chart' }, { en: 'chart repositories', zh: 'Chart 仓库' }]),
  project('opentelemetry', 'OpenTelemetry', 6, [
    same('OpenTelemetry'),
    { en: 'the OpenTelemetry Collector', zh: 'OpenTelemetry Collector' },
    { en: 'distributed tracing', zh: '分布式追踪' },
  ]),
  project('jaeger', 'Jaeger', 3, [same('Jaeger'), { en: 'trace sampling', zh: '链路采样' }]),
  project('thanos', 'Thanos', 3, [same('Thanos'), { en: 'global query views', zh: '全局查询视图' }]),
  project('cortex', 'Cortex', 2, [same('Cortex'), { en: 'multi-tenant metrics', zh: '多租户指标' }]),
  project('etcd', 'etcd', 4, [same('etcd'), { en: 'etcd performance', zh: 'etcd 性能' }, { en: 'consensus with Raft', zh: 'Raft 共识' }]),
  project('containerd', 'containerd', 3, [same('containerd'), { en: 'container runtimes', zh: '容器运行时' }]),
  project('cilium', 'Cilium', 4, [same('Cilium'), { en: 'eBPF networking', zh: 'eBPF 网络' }]),
  project('linkerd', 'Linkerd', 3, [same('Linkerd'), { en: 'a lightweight service mesh', zh: '轻量级服务网格' }]),
  project('argo', 'Argo', 4, [same('Argo CD'), same('Argo Workflows'), { en: 'progressive delivery', zh: '渐进式交付' }]),
  project('fluentd', 'Fluentd', 2, [same('Fluentd'), same('Fluent Bit'), { en: 'log pipelines', zh: '日志管道' }]),
  project('grpc', 'gRPC', 3, [same('gRPC'), { en: 'gRPC load balancing', zh: 'gRPC 负载均衡' }]),
  project('open-policy-agent', 'Open Policy Agent (OPA)', 3, [same('Open Policy Agent'), same('Gatekeeper'), { en: 'policy as code', zh: '策略即代码' }]),
  project('coredns', 'CoreDNS', 2, [same('CoreDNS'), { en: 'cluster DNS', zh: '集群 DNS' }]),
  project('harbor', 'Harbor', 2, [same('Harbor'), { en: 'image registries', zh: '镜像仓库' }]),
  project('knative', 'Knative', 3, [same('Knative'), { en: 'serverless workloads', zh: 'Serverless 负载' }]),
  subject('alerting', { en: 'Alerting', zh: '告警' }, 6, [
    { en: 'alert routing', zh: '告警路由' },
    { en: 'on-call paging', zh: '值班告警' },
    { en: 'alert fatigue', zh: '告警疲劳' },
    { en: 'SLO-based alerts', zh: '基于 SLO 的告警' },
    { en: 'silences and inhibition', zh: '告警静默与抑制' },
    { en: 'runbooks', zh: '故障处理手册' },
  ]),
  subject('storage', { en: 'Storage', zh: '存储' }, 8, [
    { en: 'long-term storage', zh: '长期存储' },
    { en: 'the time series database', zh: '时序数据库' },
    { en: 'compaction', zh: '数据压缩' },
    { en: 'object storage', zh: '对象存储' },
    { en: 'downsampling', zh: '降采样' },
    { en: 'retention policies', zh: '数据保留策略' },
    { en: 'persistent volumes', zh: '持久卷' },
  ]),
  subject('instrumentation', { en: 'Instrumentation', zh: '埋点与采集' }, 6, [
    { en: 'exporters', zh: 'Exporter 开发' },
    { en: 'client libraries', zh: '客户端库' },
    { en: 'histograms', zh: '直方图指标' },
    { en: 'service discovery', zh: '服务发现' },
    { en: 'custom metrics', zh: '自定义指标' },
    { en: 'metric naming', zh: '指标命名规范' },
    same('OpenMetrics'),
  ]),
  subject('visualisation', { en: 'Visualisation', zh: '可视化' }, 3, [
    { en: 'Grafana dashboards', zh: 'Grafana 仪表盘' },
    { en: 'heatmaps', zh: '热力图' },
    { en: 'dashboards as code', zh: '仪表盘即代码' },
    { en: 'status pages', zh: '状态页' },
    { en: 'monitoring wallboards', zh: '监控大屏' },
  ]),
  subject('performance', { en: 'Performance', zh: '性能调优' }, 8, [
    { en: 'high cardinality', zh: '高基数问题' },
    { en: 'query performance', zh: '查询性能' },
    { en: 'memory usage', zh: '内存占用' },
    { en: 'scrape latency', zh: '采集延迟' },
    { en: 'tail latency', zh: '长尾延迟' },
    { en: 'cold starts', zh: '冷启动' },
  ]),
  subject('frontend', { en: 'Frontend & browser', zh: '前端与浏览器' }, 1, [
    { en: 'browser metrics', zh: '浏览器指标' },
    { en: 'real user monitoring', zh: '真实用户监控' },
    { en: 'page performance', zh: '页面性能' },
    { en: 'client-side errors', zh: '前端错误采集' },
    { en: 'single-page apps', zh: '单页应用监控' },
  ]),
  subject('community', { en: 'Community & project', zh: '社区与项目' }, 6, [
    { en: 'the community', zh: '社区' },
    { en: 'open source governance', zh: '开源治理' },
    { en: 'the project roadmap', zh: '项目路线图' },
    { en: 'new contributors', zh: '新贡献者' },
    { en: 'documentation', zh: '文档建设' },
  ]),
  subject('case-study', { en: 'Case study', zh: '实践案例' }, 10, [
    { en: 'a migration from Nagios', zh: '从 Nagios 迁移' },
    { en: 'monitoring at a bank', zh: '银行监控' },
    { en: 'e-commerce observability', zh: '电商平台可观测性' },
    { en: 'ten thousand nodes', zh: '万级节点监控' },
    { en: 'game server monitoring', zh: '游戏服务器监控' },
    { en: 'a telecom network', zh: '电信网络监控' },
  ]),
  subject('security', { en: 'Security', zh: '安全' }, 8, [
    { en: 'supply chain security', zh: '供应链安全' },
    { en: 'zero trust networking', zh: '零信任网络' },
    { en: 'secrets management', zh: '密钥管理' },
    { en: 'runtime security', zh: '运行时安全' },
    { en: 'image signing', zh: '镜像签名' },
  ]),
  subject('networking', { en: 'Networking', zh: '网络' }, 6, [
    { en: 'service meshes', zh: '服务网格' },
    { en: 'ingress controllers', zh: 'Ingress 控制器' },
    { en: 'network policies', zh: '网络策略' },
    { en: 'multi-cloud networking', zh: '多云网络' },
  ]),
  subject('ci-cd', { en: 'CI/CD & GitOps', zh: '持续交付与 GitOps' }, 6, [
    same('GitOps'),
    { en: 'continuous delivery', zh: '持续交付' },
    { en: 'canary releases', zh: '金丝雀发布' },
    { en: 'build pipelines', zh: '构建流水线' },
  ]),
];

/** For a talk without topics, and where two subjects would repeat. */
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

/** How imported titles mark a session that is not a plain talk ("Keynote: …", "主题演讲：…"). */
export const KIND_PREFIXES: Readonly<Partial<Record<TalkKind, Phrase>>> = {
  keynote: { en: 'Keynote: ', zh: '主题演讲：' },
  panel: { en: 'Panel: ', zh: '圆桌讨论：' },
  lightning: { en: 'Lightning Talk: ', zh: '闪电演讲：' },
  workshop: { en: 'Tutorial: ', zh: '动手实践：' },
};

export interface SummaryParts extends TitleParts {
  readonly speaker: string;
  /** The lead speaker's affiliation, or a stand-in where the source gives none. */
  readonly org: Phrase;
}

// Summary sentences in reading order: a summary is an ordered selection of them.
export const EN_SENTENCES: readonly ((p: SummaryParts) => string)[] = [
  ({ speaker, org, s }) => `In this talk, ${speaker} shares how ${org.en} approaches ${s.en}.`,
  ({ org }) => `The team at ${org.en} has run this setup for two years and explains what they would change today.`,
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
  ({ org, s }) => `本次演讲介绍${org.zh}在${s.zh}方面的实践经验。`,
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
