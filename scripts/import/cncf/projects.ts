// The CNCF projects a title is about, found by name in the English and the Chinese title. The
// list is what the 2,521 titles actually mention: CNCF's graduated, incubating, sandbox and
// archived projects, and Istio, Knative and Kubeflow, which were not CNCF projects when most of
// these talks were given but are now (and are among the most common names in the titles).
// Generic subjects ("serverless", "eBPF", "service mesh") are not projects and are left out.
//
// Names are matched as whole words: "Flux" is not found in "InfluxDB", "Helm" not in "helmet",
// "Argo" not in "Argonaut". Latin letters and digits delimit a word; Chinese characters do not,
// so "Kubernetes简介" still names Kubernetes.

export type Project = {
  id: string;
  label: string;
  /** Names and aliases as they appear in titles; matched as whole words. */
  patterns: readonly RegExp[];
  /** Uses of a name that are not about the project. */
  excludes?: readonly RegExp[];
};

// Latin letters and digits only: a Chinese character next to a name is a word boundary.
const L = '(?<![\\p{Script=Latin}\\p{N}])';
const R = '(?![\\p{Script=Latin}\\p{N}])';
/** A whole word (or phrase), matched with the given case sensitivity. */
const word = (source: string, flags = 'iu') => new RegExp(`${L}(?:${source})${R}`, flags);

export const PROJECTS: readonly Project[] = [
  {
    id: 'kubernetes',
    label: 'Kubernetes',
    // "Kube-native", "kube-proxy", "Tales from the Kube"; kubectl, kubeadm, kubelet, Minikube,
    // kops, Kubespray and Cluster API are Kubernetes' own sub-projects. "Kuberneters" is a typo
    // in 2017Austin.md. KubeCon, Kubeflow, KubeEdge and KubeVirt are other things.
    patterns: [
      word('kubernetes|kuberneters|kubernetify|kubernetizing|k8s'),
      word('kube'),
      word('kubectl|kubeadm|kubelet|minikube|kops|kubespray'),
      word('cluster[ -]api'),
    ],
  },
  // PromQL and Alertmanager are parts of Prometheus; "P8s" is its numeronym in some Chinese titles.
  { id: 'prometheus', label: 'Prometheus', patterns: [word('prometheus|promql|alertmanager'), word('P8s', 'u'), /普罗米修斯/u] },
  { id: 'envoy', label: 'Envoy', patterns: [word('envoy')] },
  // "Happy Helming with Service Catalog" is a Helm talk.
  { id: 'helm', label: 'Helm', patterns: [word('helm|helming')] },
  { id: 'istio', label: 'Istio', patterns: [word('istio')] },
  { id: 'linkerd', label: 'Linkerd', patterns: [word('linkerd2?')] },
  { id: 'containerd', label: 'containerd', patterns: [word('containerd')] },
  { id: 'coredns', label: 'CoreDNS', patterns: [word('coredns')] },
  { id: 'etcd', label: 'etcd', patterns: [word('etcd3?')] },
  // Fluent Bit is a sub-project of Fluentd.
  { id: 'fluentd', label: 'Fluentd', patterns: [word('fluentd|fluent bit')] },
  { id: 'jaeger', label: 'Jaeger', patterns: [word('jaeger')] },
  { id: 'opentracing', label: 'OpenTracing', patterns: [word('opentracing')] },
  // "(Open)Telemetry Makes Observability Simple" (2019SanDiego.md).
  { id: 'opentelemetry', label: 'OpenTelemetry', patterns: [word('opentelemetry'), /\(Open\)Telemetry/iu] },
  { id: 'grpc', label: 'gRPC', patterns: [word('grpc')] },
  { id: 'harbor', label: 'Harbor', patterns: [word('harbor')] },
  { id: 'rook', label: 'Rook', patterns: [word('rook')] },
  { id: 'vitess', label: 'Vitess', patterns: [word('vitess')] },
  { id: 'tikv', label: 'TiKV', patterns: [word('tikv')] },
  { id: 'nats', label: 'NATS', patterns: [word('NATS', 'u')] },
  { id: 'falco', label: 'Falco', patterns: [word('falco')] },
  { id: 'argo', label: 'Argo', patterns: [word('argo')] },
  { id: 'flux', label: 'Flux', patterns: [word('flux|fluxcd')] },
  { id: 'cilium', label: 'Cilium', patterns: [word('cilium')] },
  { id: 'thanos', label: 'Thanos', patterns: [word('thanos')] },
  { id: 'cortex', label: 'Cortex', patterns: [word('cortex')] },
  { id: 'cri-o', label: 'CRI-O', patterns: [word('cri-o')] },
  { id: 'dragonfly', label: 'Dragonfly', patterns: [word('dragonfly'), /蜻蜓/u] },
  // "(k)Native K8s CI/CD platform" (2019Shanghai.md) is a Knative talk.
  { id: 'knative', label: 'Knative', patterns: [word('knative'), /\(k\)Native/iu] },
  { id: 'spiffe', label: 'SPIFFE', patterns: [word('spiffe')] },
  { id: 'spire', label: 'SPIRE', patterns: [word('SPIRE', 'u')] },
  // Gatekeeper is OPA's Kubernetes admission controller.
  {
    id: 'open-policy-agent',
    label: 'Open Policy Agent (OPA)',
    patterns: [word('OPA', 'u'), word('open policy agent|gatekeeper'), /开放(?:政策|策略)代理|代理开放政策/u],
  },
  { id: 'notary', label: 'Notary', patterns: [word('notary')] },
  // "When the Going Gets Tough, Get TUF Going!": the acronym, in capitals.
  { id: 'tuf', label: 'TUF', patterns: [word('TUF', 'u'), word('the update framework')] },
  { id: 'buildpacks', label: 'Cloud Native Buildpacks', patterns: [word('buildpacks')] },
  { id: 'kubeedge', label: 'KubeEdge', patterns: [word('kubeedge')] },
  { id: 'kubeflow', label: 'Kubeflow', patterns: [word('kubeflow')] },
  // "Dance Madly on the Lip of a Volcano with Security Release Processes" (2017Berlin.md) predates it.
  { id: 'volcano', label: 'Volcano', patterns: [word('volcano')], excludes: [/\bof a volcano\b/i] },
  { id: 'longhorn', label: 'Longhorn', patterns: [word('longhorn')] },
  { id: 'crossplane', label: 'Crossplane', patterns: [word('crossplane')] },
  { id: 'keda', label: 'KEDA', patterns: [word('keda')] },
  { id: 'operator-framework', label: 'Operator Framework', patterns: [word('operator framework'), /Operator\s*框架/u] },
  { id: 'cloudevents', label: 'CloudEvents', patterns: [/cloudevents/iu, /云事件/u] },
  { id: 'cni', label: 'CNI', patterns: [word('CNI', 'u'), word('container network interface')] },
  { id: 'openmetrics', label: 'OpenMetrics', patterns: [word('openmetrics')] },
  { id: 'virtual-kubelet', label: 'Virtual Kubelet', patterns: [word('virtual kubelet')] },
  { id: 'telepresence', label: 'Telepresence', patterns: [word('telepresence')] },
  { id: 'brigade', label: 'Brigade', patterns: [word('brigade')] },
  { id: 'in-toto', label: 'in-toto', patterns: [word('in-toto')] },
  { id: 'kubevirt', label: 'KubeVirt', patterns: [word('kubevirt')] },
  // "网络服务网格代理" translates "Networking the Service Mesh Proxy", which is not NSM.
  {
    id: 'network-service-mesh',
    label: 'Network Service Mesh',
    patterns: [word('network service mesh'), word('NSM', 'u'), /网络服务网格/u],
    excludes: [/网络服务网格代理/u],
  },
  { id: 'chaos-mesh', label: 'Chaos Mesh', patterns: [word('chaos mesh')] },
  { id: 'openkruise', label: 'OpenKruise', patterns: [word('openkruise')] },
  { id: 'openyurt', label: 'OpenYurt', patterns: [word('openyurt')] },
  { id: 'kyverno', label: 'Kyverno', patterns: [word('kyverno')] },
  { id: 'rkt', label: 'rkt', patterns: [word('rkt')] },
  { id: 'dapr', label: 'Dapr', patterns: [word('dapr')] },
  { id: 'wasmedge', label: 'WasmEdge', patterns: [word('wasmedge')] },
  { id: 'kube-ovn', label: 'Kube-OVN', patterns: [word('kube-ovn')] },
  { id: 'fluid', label: 'Fluid', patterns: [word('Fluid', 'u')] },
  // ChubaoFS was renamed CubeFS.
  { id: 'cubefs', label: 'CubeFS', patterns: [word('cubefs|chubaofs')] },
  { id: 'openebs', label: 'OpenEBS', patterns: [word('openebs')] },
  { id: 'strimzi', label: 'Strimzi', patterns: [word('strimzi')] },
  { id: 'submariner', label: 'Submariner', patterns: [word('submariner')] },
  { id: 'metal3', label: 'Metal3', patterns: [word('metal3')] },
  { id: 'kepler', label: 'Kepler', patterns: [word('kepler'), /开普勒/u] },
  { id: 'carvel', label: 'Carvel', patterns: [word('carvel')] },
  { id: 'antrea', label: 'Antrea', patterns: [word('antrea')] },
  { id: 'k3s', label: 'K3s', patterns: [word('k3s')] },
  { id: 'kuberhealthy', label: 'Kuberhealthy', patterns: [word('kuberhealthy')] },
  { id: 'chaosblade', label: 'ChaosBlade', patterns: [word('chaosblade')] },
  { id: 'superedge', label: 'SuperEdge', patterns: [word('superedge')] },
  { id: 'openfunction', label: 'OpenFunction', patterns: [word('openfunction')] },
  { id: 'contour', label: 'Contour', patterns: [word('Contour', 'u')] },
  // "CoCo-as: First Confidential Computing Attestation Solution of CNCF" (2023Shanghai.md).
  { id: 'confidential-containers', label: 'Confidential Containers', patterns: [word('confidential containers'), word('CoCo', 'u')] },
];

const BY_ID = new Map(PROJECTS.map((p) => [p.id, p]));

export function projectById(id: string): Project | undefined {
  return BY_ID.get(id);
}

function mentions(project: Project, text: string): boolean {
  if (project.excludes?.some((pattern) => pattern.test(text)) === true) return false;
  return project.patterns.some((pattern) => pattern.test(text));
}

// The importer asks about the same words and titles many times.
const found = new Map<string, readonly string[]>();

function projectsOfText(text: string): readonly string[] {
  let ids = found.get(text);
  if (ids === undefined) {
    ids = PROJECTS.filter((project) => mentions(project, text)).map((p) => p.id);
    found.set(text, ids);
  }
  return ids;
}

/** The ids of the projects the titles name, in the order of PROJECTS. */
export function projectsIn(...titles: readonly (string | undefined)[]): string[] {
  const ids = new Set(titles.flatMap((t) => (t === undefined || t === '' ? [] : projectsOfText(t))));
  return PROJECTS.filter((p) => ids.has(p.id)).map((p) => p.id);
}
