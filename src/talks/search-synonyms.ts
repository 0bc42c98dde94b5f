// Words readers type for the same thing, in Chinese and English: a search for one finds talks that
// say another (search-text.ts). Every entry is in folded form (fold-text.ts); an entry of several
// words ("service mesh") is matched when the query has those words next to each other.
//
// Search is by substring, so an entry also finds every word it is part of: "alert" finds
// "alerting" and "alertmanager", which is wanted. Left out because they sit inside too many other
// words or names and would flood the results:
//   "kube" (every KubeCon talk, through the event's name), "ml" (html, yaml, xml), "ci" (circuit,
//   cilium, decision), "cd" (cdn, cdk), "log" (blog, catalog, login), "ai" (maintain, chain),
//   bare "edge" (knowledge), "go" (google, argo, cargo).
// A reader can still type any of these: they are then searched for as typed, as before.
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['k8s', 'kubernetes'],
  ['告警', '报警', '警报', 'alerting', 'alert'],
  ['监控', '监测', 'monitoring', 'monitor'],
  ['可观测性', '可观察性', 'observability', 'o11y'],
  ['服务网格', 'service mesh'],
  ['微服务', 'microservice'],
  ['容器', 'container'],
  ['存储', 'storage'],
  ['安全', 'security'],
  ['网络', 'networking', 'network'],
  ['日志', 'logging', 'logs'],
  ['链路追踪', '分布式追踪', 'tracing'],
  ['无服务器', 'serverless'],
  ['机器学习', 'machine learning'],
  ['边缘计算', 'edge computing'],
  ['性能', 'performance'],
  ['调度', 'scheduling', 'scheduler'],
  ['多集群', 'multi-cluster', 'multicluster'],
  ['持续交付', 'continuous delivery'],
  ['持续集成', 'continuous integration'],
  ['异步', 'async'],
];

const groupOf = new Map(SYNONYM_GROUPS.flatMap((group) => group.map((entry) => [entry, group] as const)));
const longestEntry = Math.max(...SYNONYM_GROUPS.flat().map((entry) => entry.split(' ').length));

/**
 * The longest entry of the table made of `words[at…]`, as the number of words it takes and its
 * group; undefined when no entry starts there.
 */
export function synonymsAt(words: readonly string[], at: number): { length: number; group: readonly string[] } | undefined {
  for (let length = Math.min(longestEntry, words.length - at); length >= 1; length -= 1) {
    const group = groupOf.get(words.slice(at, at + length).join(' '));
    if (group !== undefined) return { length, group };
  }
  return undefined;
}
