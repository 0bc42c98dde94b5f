// Words readers type for the same thing, in Chinese and English: a search for one finds talks that
// say another (search-text.ts). Every entry is in folded form (fold-text.ts) and Simplified; an
// entry of several words ("service mesh") is matched when the query has those words next to each
// other, and one written with a break ("multi-cluster") also when typed "multi cluster".
//
// Search matches a word from its start, so an entry also finds the words it begins: "alert" finds
// "alerting" and "alertmanager", "container" finds "containerd", which is wanted. It no longer
// finds words it sits inside, so "ml" is safe now (html, yaml and xml do not begin with it). Left
// out because too many unrelated words begin with them, or because they are everyday words:
//   "kube" (kubecon: every KubeCon talk, through the event's name; kubectl, kubelet), "ci"
//   (cilium, circuit, city), "cd" (cdn, cdk8s), "log" (login, logic, logo), "ai" (aims, air,
//   airflow), bare "edge" (edge cases), "go" (going, good, google).
// A reader can still type any of these: they are then searched for as typed.
import { searchWords } from '../text/search-words';

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
  ['机器学习', 'machine learning', 'ml'],
  ['边缘计算', 'edge computing'],
  ['性能', 'performance'],
  ['调度', 'scheduling', 'scheduler'],
  ['多集群', 'multi-cluster', 'multicluster'],
  ['持续交付', 'continuous delivery'],
  ['持续集成', 'continuous integration'],
  ['异步', 'async'],
];

// Keyed by the entry's words as search cuts them (search-words.ts): "multi-cluster" and
// "multi cluster" are one key, "multi cluster".
const keyOf = (text: string) => searchWords(text).join(' ');
const groupOf = new Map(SYNONYM_GROUPS.flatMap((group) => group.map((entry) => [keyOf(entry), group] as const)));
const longestEntry = Math.max(...SYNONYM_GROUPS.flat().map((entry) => entry.split(' ').length));

/**
 * The longest entry of the table made of `words[at…]` (folded query terms, as split at spaces), as
 * the number of terms it takes and its group; undefined when no entry starts there.
 */
export function synonymsAt(words: readonly string[], at: number): { length: number; group: readonly string[] } | undefined {
  for (let length = Math.min(longestEntry, words.length - at); length >= 1; length -= 1) {
    const group = groupOf.get(keyOf(words.slice(at, at + length).join(' ')));
    if (group !== undefined) return { length, group };
  }
  return undefined;
}

/** Whether two texts are one entry of the table however they break their words ("multi-cluster", "multi cluster"). */
export const sameEntry = (a: string, b: string): boolean => keyOf(a) === keyOf(b);
