// What the page gives the editor: the element with data-modeler and its data attributes (see
// templates/modeler/canvas.html).
export function modelerRoot() {
  return document.querySelector('[data-modeler]');
}

export function settings(root) {
  const data = root.dataset;
  return {
    kind: data.modeler,
    readOnly: data.readonly === 'true',
    select: data.select || null,
    problems: parse(data.problems),
    checkUrl: data.checkUrl || null,
    clausesUrl: data.clausesUrl,
    clausePageUrl: data.clausePageUrl,
    fileName: data.fileName,
    csrfHeader: data.csrfHeader || null,
    csrfToken: data.csrfToken || null
  };
}

function parse(json) {
  try {
    return json ? JSON.parse(json) : [];
  } catch (error) {
    console.error(error);
    return [];
  }
}

export function content(root) {
  return root.querySelector('[data-content]').value;
}

/** Says something in the toolbar's live region (read by screen readers). */
export function status(root, text) {
  const region = root.querySelector('[data-status]');
  if (region) {
    region.textContent = text;
  }
}

export function showFailure(root, error) {
  console.error(error);
  const failure = root.querySelector('[data-failure]');
  if (failure) {
    failure.hidden = false;
  }
}

/** The server's checks on what the editor holds now (not saved yet). */
export async function checkOnServer(config, fileContent) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (config.csrfHeader && config.csrfToken) {
    headers[config.csrfHeader] = config.csrfToken;
  }
  const response = await fetch(config.checkUrl, {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: JSON.stringify({ fileName: config.fileName, content: fileContent })
  });
  if (!response.ok) {
    throw new Error(`Expected the checks at ${config.checkUrl}, but got HTTP ${response.status}`);
  }
  return response.json();
}

/** The policy's clauses, for the clause picker: [{clause: 'item 1.4', text}]. */
export async function loadClauses(config) {
  const response = await fetch(config.clausesUrl, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  if (!response.ok) {
    throw new Error(`Expected the clauses at ${config.clausesUrl}, but got HTTP ${response.status}`);
  }
  return (await response.json()).clauses;
}

export const texts = {
  zh: {
    checking: '正在检查…',
    checked: (errors, warnings) => `检查完成：${errors} 个错误，${warnings} 个警告。`,
    checkFailed: '检查未能完成，请稍后重试。',
    select: '选中',
    selectElement: (label) => `在图中选中“${label}”`,
    error: '错误',
    warning: '警告',
    lint: '建模规范',
    server: '部署检查',
    saved: '已保存',
    unsaved: '有未保存的修改',
    leave: '有未保存的修改，确定离开吗？',
    selected: (label) => `已选中：${label}`,
    noElements: '此图中没有元素。',
    append: '追加元素',
    appendAfter: (label) => `在“${label}”之后追加`,
    appendButton: '追加',
    appended: (label) => `已追加：${label}`,
    appendNothing: '请先在元素列表中选择一个元素。',
    clause: '政策依据（policyClause）',
    clauseNone: '（未引用条款）',
    clauseSet: '设置',
    clauseRead: '查看条款原文',
    clauseChanged: (clause) => `已把政策依据设为 ${clause}。`,
    clauseCleared: '已清除政策依据。',
    noneSelected: '未选中元素。',
    loadFailed: '无法加载',
    rule: (n) => `规则 ${n}`,
    file: '文件'
  },
  en: {
    checking: 'Checking…',
    checked: (errors, warnings) => `Checked: ${errors} error(s), ${warnings} warning(s).`,
    checkFailed: 'The checks could not run; please try again later.',
    select: 'Select',
    selectElement: (label) => `Select "${label}" in the diagram`,
    error: 'Error',
    warning: 'Warning',
    lint: 'Modelling rule',
    server: 'Deploy check',
    saved: 'Saved',
    unsaved: 'Unsaved changes',
    leave: 'There are unsaved changes. Leave anyway?',
    selected: (label) => `Selected: ${label}`,
    noElements: 'This diagram has no elements.',
    append: 'Append',
    appendAfter: (label) => `Append after "${label}"`,
    appendButton: 'Append',
    appended: (label) => `Appended: ${label}`,
    appendNothing: 'Select an element in the list first.',
    clause: 'Policy clause (policyClause)',
    clauseNone: '(no clause)',
    clauseSet: 'Set',
    clauseRead: 'Read the clause',
    clauseChanged: (clause) => `Policy clause set to ${clause}.`,
    clauseCleared: 'Policy clause removed.',
    noneSelected: 'No element selected.',
    loadFailed: 'Cannot load',
    rule: (n) => `Rule ${n}`,
    file: 'File'
  }
};
