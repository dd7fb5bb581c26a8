// Structural checks of one rendered overlay (no cluster needed), run by `./knowbridge render-k8s`.
//   node deploy/k8s/check-rendered.mjs OVERLAY_NAME REPO_ROOT < objects.jsonl
// Input: the overlay's objects as JSON, one per line. Prints a summary, or every problem and exits 1.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [overlay, root] = process.argv.slice(2);
const objects = readFileSync(0, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
const problems = [];
const problem = (where, what) => problems.push(`${where}: ${what}`);
const named = (o) => `${o.kind}/${o.metadata.name}`;

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job']);
const LONG_RUNNING = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);
const SERVICE_UID = 10001; // deploy/docker/Dockerfile
const HEALTH = { startupProbe: '/q/health/live', livenessProbe: '/q/health/live', readinessProbe: '/q/health/ready' };

// The environment variables a KnowBridge service reads: the ${NAME:default} placeholders of its own
// application.properties and of knowbridge-platform's shared configuration, and the image's JAVA_OPTS.
function variablesReadBy(service) {
  const own = join(root, 'services', service, 'src/main/resources/application.properties');
  if (!existsSync(own)) return undefined;
  const files = [
    own,
    join(root, 'libs/platform/src/main/resources/META-INF/microprofile-config.properties'),
  ];
  const names = new Set(['JAVA_OPTS']);
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\$\{([A-Z][A-Z0-9_]*):/g)) {
      names.add(match[1]);
    }
  }
  return names;
}

// Infrastructure images are the versions docker-compose.yml runs (and deploy/local/stack.conf, which a test
// keeps in step with it): one list of versions for every set-up.
const composeImages = new Set([...readFileSync(join(root, 'docker-compose.yml'), 'utf8').matchAll(/^\s*image:\s*(\S+)/gm)]
  .map((m) => m[1]).filter((image) => !image.startsWith('knowbridge/')));

const byKind = (kind) => objects.filter((o) => o.kind === kind);
const dataOf = (kind, name) => byKind(kind).find((o) => o.metadata.name === name);
const workloads = objects.filter((o) => WORKLOADS.has(o.kind));
const podLabels = workloads.map((w) => ({ workload: w, labels: w.spec.template.metadata?.labels ?? {} }));
const selects = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);
const externalSecrets = new Set();

function checkReference(where, ref, kind) {
  if (!ref) return;
  const found = dataOf(kind, ref.name);
  if (!found) {
    if (kind === 'Secret') externalSecrets.add(ref.name);
    else problem(where, `${kind} ${ref.name} is not part of the overlay`);
    return;
  }
  const keys = Object.keys({ ...found.data, ...found.stringData });
  if (!keys.includes(ref.key)) problem(where, `${kind} ${ref.name} has no key ${ref.key}`);
}

function checkContainer(w, pod, c, isService) {
  const where = `${named(w)} container ${c.name}`;
  const sc = c.securityContext;
  const podSc = pod.securityContext ?? {};
  if (!sc) {
    problem(where, 'no securityContext');
  } else {
    if (sc.allowPrivilegeEscalation !== false) problem(where, 'allowPrivilegeEscalation is not false');
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) problem(where, 'capabilities do not drop ALL');
    if (isService && sc.readOnlyRootFilesystem !== true) problem(where, 'root filesystem is not read-only');
  }
  const effective = { ...podSc, ...(sc ?? {}) };
  if (effective.runAsNonRoot !== true) problem(where, 'runAsNonRoot is not true');
  if (effective.runAsUser === 0) problem(where, 'runs as uid 0');
  if (effective.seccompProfile?.type !== 'RuntimeDefault') problem(where, 'seccompProfile is not RuntimeDefault');
  if (isService && effective.runAsUser !== SERVICE_UID) problem(where, `runs as uid ${effective.runAsUser}, not ${SERVICE_UID}`);

  const r = c.resources ?? {};
  for (const kind of ['requests', 'limits']) {
    for (const resource of ['cpu', 'memory']) {
      if (!r[kind]?.[resource]) problem(where, `no ${kind}.${resource}`);
    }
  }
  // A JVM's heap is a share of the limit: memory promised is memory it may use (no eviction under pressure).
  if (isService && r.requests?.memory !== r.limits?.memory) problem(where, 'memory request differs from its limit');
  if (!/:[^/]+$/.test(c.image) || c.image.endsWith(':latest')) problem(where, `image ${c.image} has no fixed tag`);
  if (!isService && !composeImages.has(c.image)) problem(where, `image ${c.image} is not one docker-compose.yml runs`);

  if (LONG_RUNNING.has(w.kind)) {
    for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
      if (!c[probe]) problem(where, `no ${probe}`);
      else if (isService && c[probe].httpGet?.path !== HEALTH[probe]) problem(where, `${probe} is not ${HEALTH[probe]}`);
    }
  }
  if (isService) {
    const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
    const volume = tmp && (pod.volumes ?? []).find((v) => v.name === tmp.name);
    if (!volume?.emptyDir) problem(where, 'no emptyDir mounted on /tmp');
    const service = w.metadata.labels['app.kubernetes.io/name'];
    const readable = variablesReadBy(service);
    if (!readable) problem(where, `no module services/${service} to read its configuration from`);
    for (const e of readable ? c.env ?? [] : []) {
      if (!readable.has(e.name)) problem(where, `sets ${e.name}, which the service does not read`);
    }
  }
  for (const e of c.env ?? []) {
    checkReference(`${where} env ${e.name}`, e.valueFrom?.configMapKeyRef, 'ConfigMap');
    checkReference(`${where} env ${e.name}`, e.valueFrom?.secretKeyRef, 'Secret');
  }
}

for (const w of workloads) {
  const pod = w.spec.template.spec;
  const isService = w.metadata.labels?.['app.kubernetes.io/component'] === 'service';
  for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
    checkContainer(w, pod, c, isService);
  }
  for (const v of pod.volumes ?? []) {
    if (v.configMap && !dataOf('ConfigMap', v.configMap.name)) problem(named(w), `volume ${v.name}: ConfigMap ${v.configMap.name} is not part of the overlay`);
  }
}

for (const s of byKind('Service')) {
  const targets = podLabels.filter(({ labels }) => selects(s.spec.selector, labels));
  if (targets.length === 0) {
    problem(named(s), 'selects no pod of the overlay');
    continue;
  }
  const portNames = new Set(targets.flatMap(({ workload }) => workload.spec.template.spec.containers.flatMap((c) => (c.ports ?? []).map((p) => p.name))));
  for (const p of s.spec.ports) {
    if (typeof p.targetPort === 'string' && !portNames.has(p.targetPort)) problem(named(s), `target port ${p.targetPort} is no container port`);
  }
}
for (const b of byKind('PodDisruptionBudget')) {
  const targets = podLabels.filter(({ labels }) => selects(b.spec.selector?.matchLabels, labels));
  if (targets.length === 0) problem(named(b), 'selects no pod of the overlay');
  for (const { workload } of targets) {
    if (b.spec.minAvailable !== undefined && (workload.spec.replicas ?? 1) <= b.spec.minAvailable) {
      problem(named(b), `minAvailable ${b.spec.minAvailable} with ${workload.spec.replicas ?? 1} replica(s) of ${named(workload)} blocks every drain`);
    }
  }
}
for (const h of byKind('HorizontalPodAutoscaler')) {
  const ref = h.spec.scaleTargetRef;
  const target = byKind(ref.kind).find((o) => o.metadata.name === ref.name);
  if (!target) problem(named(h), `scales ${ref.kind}/${ref.name}, which is not part of the overlay`);
  else if (target.spec.replicas !== undefined) problem(named(h), `${ref.name} sets replicas, which every apply would reset under the autoscaler`);
  else if (h.spec.metrics?.some((m) => m.resource?.name === 'cpu') && !target.spec.template.spec.containers.every((c) => c.resources?.requests?.cpu)) {
    problem(named(h), 'scales on CPU utilisation of containers without a CPU request');
  }
}
const seen = new Set();
for (const o of objects) {
  const key = `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
  if (seen.has(key)) problem(named(o), 'defined twice');
  seen.add(key);
}

if (problems.length > 0) {
  console.error(`${overlay}: ${problems.length} problem(s)`);
  problems.forEach((p) => console.error(`  ${p}`));
  process.exit(1);
}
const containers = workloads.reduce((n, w) => n + w.spec.template.spec.containers.length, 0);
const external = externalSecrets.size > 0 ? `; expects existing Secrets: ${[...externalSecrets].sort().join(', ')}` : '';
console.log(`${overlay}: ${objects.length} objects, ${workloads.length} workloads, ${containers} containers: hardened, probed, `
  + `with requests and limits; services, budgets and autoscalers point at what exists${external}`);
