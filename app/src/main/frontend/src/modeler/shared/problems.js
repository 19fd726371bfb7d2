// The list of problems beside the canvas: each with a button that selects its element (keyboard
// and screen reader users reach every problem and its element this way).
import { texts } from './page.js';
import { pageLanguage } from './translate.js';

/**
 * @param root the modeler element
 * @param problems [{severity: 'ERROR'|'WARNING', source: 'server'|'lint', elementId, elementLabel, message, detail}]
 * @param select (elementId) => void
 */
export function renderProblems(root, problems, select) {
  const t = texts[pageLanguage()];
  const list = root.querySelector('[data-problem-list]');
  const none = root.querySelector('[data-problems-none]');
  list.replaceChildren();
  problems.forEach((problem) => {
    const item = document.createElement('li');
    const error = problem.severity === 'ERROR';
    item.className = `problem ${error ? 'problem--error' : 'problem--warning'}`;
    const tag = document.createElement('span');
    tag.className = `tag ${error ? 'tag--error' : 'tag--warning'}`;
    tag.textContent = `${error ? t.error : t.warning} · ${problem.source === 'lint' ? t.lint : t.server}`;
    item.append(tag, ' ');
    if (problem.elementId) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link-button problem__select';
      const label = problem.elementLabel || problem.elementId;
      button.textContent = label;
      button.setAttribute('aria-label', t.selectElement(label));
      button.dataset.elementId = problem.elementId;
      button.addEventListener('click', () => select(problem.elementId));
      item.append(button, '：');
    }
    item.append(problem.message);
    if (problem.detail) {
      const detail = document.createElement('span');
      detail.className = 'problem__detail';
      detail.lang = 'en';
      detail.textContent = problem.detail;
      item.append(detail);
    }
    list.append(item);
  });
  none.hidden = problems.length > 0;
}

/** Server problems as the list wants them. */
export function serverProblems(views) {
  return (views || []).map((view) => ({ ...view, source: 'server' }));
}
