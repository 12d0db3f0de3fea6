// The cluster-creation form: every input rebuilds the request body, lints it with the cce-lint
// npm package (WebAssembly, in the page) and shows each finding at the field its JSON pointer
// names, or in the summary list when no field has that pointer.
import init, { lint } from './vendor/cce-lint/web/cce_lint_wasm.js';

const MESSAGES = {
  en: {
    title: 'Create a CCE cluster',
    intro: 'Every change is checked in your browser by cce-lint (WebAssembly): the same rules as the command line, before anything is sent.',
    loading: 'Loading the linter…',
    cluster: 'Cluster', clusterName: 'Cluster name', k8sVersion: 'Kubernetes version', runtime: 'Container runtime',
    vpc: 'VPC ID', masterType: 'Master type', network: 'Container network', networkMode: 'Network mode',
    podCidr: 'Pod CIDR', serviceCidr: 'Service CIDR', nodePortMin: 'Node port range: from', nodePortMax: 'Node port range: to',
    maxPods: 'Max pods per node', nodeSets: 'Node sets', nodeSet: 'Node set', addNodeSet: 'Add a node set',
    removeNodeSet: 'Remove this node set', instanceType: 'Instance type', count: 'Count', existed: 'Use existing instances',
    existedInstanceId: 'Existing instance ID', disks: 'CDS disks', addDisk: 'Add a CDS disk', mountPath: 'Mount path',
    diskSize: 'Size (GB)', storageType: 'Storage type', removeDisk: 'Remove disk', summary: 'Other findings',
    summaryEmpty: 'None: every finding is shown at its field.', json: 'Request body (POST /v2/cluster) — editable',
    status: (errors, warnings, infos) => `${errors} errors, ${warnings} warnings, ${infos} notes`,
    failed: (error) => `The linter could not load: ${error}`,
  },
  zh: {
    title: '创建 CCE 集群',
    intro: '每次修改都由 cce-lint（WebAssembly）在浏览器中检查：规则与命令行相同，且在发送请求之前。',
    loading: '正在加载检查器…',
    cluster: '集群', clusterName: '集群名称', k8sVersion: 'Kubernetes 版本', runtime: '容器运行时',
    vpc: 'VPC ID', masterType: 'Master 类型', network: '容器网络', networkMode: '网络模式',
    podCidr: '容器网段', serviceCidr: 'Service 网段', nodePortMin: 'NodePort 范围：起', nodePortMax: 'NodePort 范围：止',
    maxPods: '单节点最大 Pod 数', nodeSets: '节点组', nodeSet: '节点组', addNodeSet: '添加节点组',
    removeNodeSet: '删除此节点组', instanceType: '实例规格', count: '数量', existed: '使用已有实例',
    existedInstanceId: '已有实例 ID', disks: 'CDS 数据盘', addDisk: '添加 CDS 数据盘', mountPath: '挂载路径',
    diskSize: '容量（GB）', storageType: '存储类型', removeDisk: '删除数据盘', summary: '其他问题',
    summaryEmpty: '无：所有问题都显示在对应字段旁。', json: '请求体（POST /v2/cluster）— 可编辑',
    status: (errors, warnings, infos) => `${errors} 个错误，${warnings} 个警告，${infos} 条提示`,
    failed: (error) => `检查器加载失败：${error}`,
  },
};

const INITIAL_REQUEST = {
  cluster: {
    clusterName: 'demo',
    k8sVersion: '1.30.1',
    runtimeType: 'containerd',
    vpcID: 'vpc-mwbgygrjb72w',
    masterConfig: {
      masterType: 'managed',
      clusterBLBVPCSubnetID: 'sbn-mnbvhnuupv1u',
      managedClusterMasterOption: { masterVPCSubnetZone: 'zoneA' },
    },
    containerNetworkConfig: {
      mode: 'kubenet',
      lbServiceVPCSubnetID: 'sbn-mnbvhnuupv1u',
      clusterPodCIDR: '172.28.0.0/16',
      clusterIPServiceCIDR: '172.31.0.0/16',
      nodePortRangeMin: 30000,
      nodePortRangeMax: 32767,
      maxPodsPerNode: 64,
    },
  },
  nodes: [newNodeSet()],
  options: { skipNetworkCheck: false },
};

function newNodeSet() {
  return {
    instanceSpec: {
      machineType: 'BCC',
      instanceType: 'N3',
      vpcConfig: {
        vpcSubnetID: 'sbn-mnbvhnuupv1u',
        availableZone: 'zoneA',
        securityGroup: { enableCCERequiredSecurityGroup: true },
      },
      instanceResource: { cpu: 4, mem: 8, cdsList: [newDisk()] },
      imageID: 'm-gTpZ1k6n',
      instanceChargingType: 'Postpaid',
    },
    count: 1,
  };
}

function newDisk() {
  return { storageType: 'cloud_hp1', cdsSize: 100, diskPath: '' };
}

let request = structuredClone(INITIAL_REQUEST);
let lang = 'en';
let ready = false;

const form = document.getElementById('cluster-form');
const jsonView = document.getElementById('json-view');
const nodeSets = document.getElementById('node-sets');
const summary = document.getElementById('summary');
const summaryEmpty = document.getElementById('summary-empty');
const status = document.getElementById('status');

// ---- JSON pointers over the request object -------------------------------------------------

function segments(pointer) {
  return pointer.split('/').slice(1).map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function getAt(root, pointer) {
  return segments(pointer).reduce((node, key) => (node == null ? undefined : node[key]), root);
}

function setAt(root, pointer, value) {
  const keys = segments(pointer);
  const last = keys.pop();
  let node = root;
  for (const [index, key] of keys.entries()) {
    if (node[key] == null || typeof node[key] !== 'object') node[key] = /^\d+$/.test(keys[index + 1] ?? last) ? [] : {};
    node = node[key];
  }
  if (value === undefined) delete node[last];
  else node[last] = value;
}

// ---- Form <-> request ----------------------------------------------------------------------

function readInput(input) {
  switch (input.dataset.type) {
    case 'boolean':
      return input.checked ? true : undefined;
    case 'integer':
      return input.value === '' ? undefined : Number(input.value);
    default:
      return input.value === '' ? undefined : input.value;
  }
}

function writeInput(input, value) {
  if (input.dataset.type === 'boolean') input.checked = value === true;
  else input.value = value == null || typeof value === 'object' ? '' : String(value);
}

function fields() {
  return form.querySelectorAll('[data-pointer]');
}

/** Builds the node-set and disk controls for the current request, with their pointers. */
function renderNodeSets() {
  nodeSets.replaceChildren();
  const nodes = Array.isArray(request.nodes) ? request.nodes : [];
  nodes.forEach((node, nodeIndex) => {
    const set = document.getElementById('node-set-template').content.firstElementChild.cloneNode(true);
    const base = `/nodes/${nodeIndex}`;
    set.querySelector('.node-set-number').textContent = String(nodeIndex + 1);
    bindFields(set, base, `node-${nodeIndex}`);
    const disks = set.querySelector('.disks');
    const cdsList = node?.instanceSpec?.instanceResource?.cdsList;
    (Array.isArray(cdsList) ? cdsList : []).forEach((_, diskIndex) => {
      const disk = document.getElementById('disk-template').content.firstElementChild.cloneNode(true);
      bindFields(disk, `${base}/instanceSpec/instanceResource/cdsList/${diskIndex}`, `node-${nodeIndex}-disk-${diskIndex}`);
      disk.querySelector('.remove-disk').addEventListener('click', () => {
        cdsList.splice(diskIndex, 1);
        structureChanged();
      });
      disks.append(disk);
    });
    set.querySelector('.add-disk').addEventListener('click', () => {
      setAt(request, `${base}/instanceSpec/instanceResource/cdsList/${cdsList?.length ?? 0}`, newDisk());
      structureChanged();
      const inputs = nodeSets.querySelectorAll(`[data-pointer^="${base}/instanceSpec/instanceResource/cdsList/"][data-pointer$="/diskPath"]`);
      inputs[inputs.length - 1]?.focus();
    });
    set.querySelector('.remove-node-set').addEventListener('click', () => {
      request.nodes.splice(nodeIndex, 1);
      structureChanged();
    });
    set.classList.toggle('existed', node?.instanceSpec?.existed === true);
    nodeSets.append(set);
  });
  translate();
}

/** Gives each templated control its pointer, an id, and a label and error element tied to it. */
function bindFields(container, base, idPrefix) {
  // Called before a node set's disks are added, so it only sees the container's own fields.
  for (const field of container.querySelectorAll('.field')) {
    const input = field.querySelector('[data-suffix]');
    input.dataset.pointer = base + input.dataset.suffix;
    input.id = `${idPrefix}${input.dataset.suffix.replaceAll('/', '-').toLowerCase()}`;
    field.querySelector('label').htmlFor = input.id;
    field.querySelector('.field-error').id = `${input.id}-error`;
  }
}

function fillForm() {
  for (const input of fields()) writeInput(input, getAt(request, input.dataset.pointer));
}

function structureChanged() {
  renderNodeSets();
  fillForm();
  requestChanged();
}

function requestChanged() {
  jsonView.value = `${JSON.stringify(request, null, 2)}\n`;
  check(jsonView.value);
}

form.addEventListener('input', (event) => {
  const input = event.target.closest('[data-pointer]');
  if (!input) return;
  setAt(request, input.dataset.pointer, readInput(input));
  if (input.dataset.type === 'boolean') input.closest('.node-set')?.classList.toggle('existed', input.checked);
  requestChanged();
});

jsonView.addEventListener('input', () => {
  try {
    const parsed = JSON.parse(jsonView.value);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      request = parsed;
      renderNodeSets();
      fillForm();
    }
  } catch {
    // Not JSON (yet): the linter says where; the form keeps the last valid request.
  }
  check(jsonView.value);
});

document.getElementById('add-node-set').addEventListener('click', () => {
  if (!Array.isArray(request.nodes)) request.nodes = [];
  request.nodes.push(newNodeSet());
  structureChanged();
});

// ---- Diagnostics ---------------------------------------------------------------------------

function fieldFor(pointer) {
  for (const input of fields()) if (input.dataset.pointer === pointer) return input;
  return null;
}

function clearFindings() {
  for (const input of fields()) {
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', `${input.id}-error`);
    document.getElementById(`${input.id}-error`).replaceChildren();
  }
  summary.replaceChildren();
}

function findingElement(diagnostic, withPointer) {
  const item = document.createElement(withPointer ? 'li' : 'p');
  item.className = `finding ${diagnostic.severity}`;
  item.dataset.code = diagnostic.code;
  const code = document.createElement('a');
  code.href = diagnostic.url;
  code.rel = 'noreferrer';
  code.textContent = diagnostic.code;
  const text = document.createElement('span');
  text.textContent = ` ${diagnostic.message}${diagnostic.help ? ` — ${diagnostic.help}` : ''}`;
  item.append(code, text);
  if (withPointer) {
    const where = document.createElement('code');
    where.textContent = ` ${diagnostic.pointer || '/'} (${diagnostic.line}:${diagnostic.column})`;
    item.append(where);
  }
  return item;
}

function check(text) {
  if (!ready) return;
  const report = lint(text, { lang, kind: 'create-cluster' });
  clearFindings();
  for (const diagnostic of report.diagnostics) {
    const input = fieldFor(diagnostic.pointer);
    if (input) {
      if (diagnostic.severity !== 'info') input.setAttribute('aria-invalid', 'true');
      document.getElementById(`${input.id}-error`).append(findingElement(diagnostic, false));
    } else {
      summary.append(findingElement(diagnostic, true));
    }
  }
  summaryEmpty.hidden = summary.childElementCount > 0;
  const { errors, warnings, infos } = report.summary;
  status.textContent = MESSAGES[lang].status(errors, warnings, infos);
  document.body.dataset.lintRuns = String(Number(document.body.dataset.lintRuns ?? 0) + 1);
}

// ---- Language ------------------------------------------------------------------------------

function translate() {
  for (const element of document.querySelectorAll('[data-i18n]')) {
    const message = MESSAGES[lang][element.dataset.i18n];
    if (typeof message === 'string') element.textContent = message;
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    lang = button.dataset.lang;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = MESSAGES[lang].title;
    for (const other of document.querySelectorAll('[data-lang]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
    translate();
    check(jsonView.value);
  });
}

// ---- Start ---------------------------------------------------------------------------------

renderNodeSets();
fillForm();
jsonView.value = `${JSON.stringify(request, null, 2)}\n`;
try {
  await init();
  ready = true;
  check(jsonView.value);
  document.body.dataset.ready = 'true';
} catch (error) {
  status.textContent = MESSAGES[lang].failed(error);
  document.body.dataset.ready = 'failed';
}
