// The decision editor: dmn-js's Modeler (decision requirements diagram, decision tables,
// literal expressions), opened at the first decision table. A rule cites its clause in its
// annotation column; the server's problems select the rule's first cell.
import DmnModeler from 'dmn-js/lib/Modeler';
import DmnViewer from 'dmn-js/lib/Viewer';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn.css';
import { translateModule, pageLanguage } from '../shared/translate.js';
import { content, settings, showFailure, status, texts } from '../shared/page.js';
import { renderProblems, serverProblems } from '../shared/problems.js';
import { wireSaveForm } from '../shared/save.js';
import { wireCheckButton } from '../shared/check.js';

export async function mountDmn(root) {
  const config = settings(root);
  const t = texts[pageLanguage()];
  const container = root.querySelector('[data-canvas]');
  container.removeAttribute('aria-label');
  const editable = !config.readOnly;
  // dmn-js hands each view its own additionalModules only (common ones are dropped)
  const translated = { additionalModules: [translateModule] };
  const options = {
    container,
    drd: translated,
    decisionTable: translated,
    literalExpression: translated,
    boxedExpression: translated
  };
  const modeler = editable ? new DmnModeler(options) : new DmnViewer(options);
  root.modeler = modeler; // for tests and the browser console
  try {
    await modeler.importXML(content(root));
  } catch (error) {
    showFailure(root, error);
    return;
  }
  const say = (text) => status(root, text);
  let dirty = false;
  const watch = () => {
    const viewer = modeler.getActiveViewer();
    viewer?.on('elements.changed', () => {
      dirty = true;
    });
  };
  modeler.on('views.changed', watch);
  const firstTable = modeler.getViews().find((view) => view.type === 'decisionTable');
  if (firstTable) {
    await modeler.open(firstTable);
  }
  watch();

  const decisionOf = (id) => {
    const definitions = modeler.getDefinitions();
    return definitions.get('drgElement').find((element) => element.id === id
      || element.decisionLogic?.rule?.some((rule) => rule.id === id));
  };
  const select = async (id) => {
    const decision = decisionOf(id);
    if (!decision) {
      return;
    }
    const view = modeler.getViews().find((candidate) => candidate.element === decision);
    if (view && modeler.getActiveView() !== view) {
      await modeler.open(view);
    }
    const cell = container.querySelector(`td[data-row-id="${CSS.escape(id)}"]`);
    const editor = cell?.querySelector('[contenteditable]') || cell;
    if (editor) {
      editor.scrollIntoView({ block: 'center' });
      editor.focus();
    }
    say(t.selected(decision.name || decision.id));
  };

  let server = serverProblems(config.problems).map((problem) => ({
    ...problem,
    elementLabel: ruleLabel(modeler, problem, t)
  }));
  const show = () => renderProblems(root, server, select);
  show();
  listDecisions(root, modeler, t);

  if (editable) {
    wireCheckButton(root, config, async () => (await modeler.saveXML({ format: true })).xml,
      (problems) => {
        server = problems.map((problem) => ({
          ...problem, elementLabel: ruleLabel(modeler, problem, t)
        }));
        show();
      });
    wireSaveForm(async () => (await modeler.saveXML({ format: true })).xml, () => dirty);
  }
  root.querySelector('[data-action="fit"]')?.addEventListener('click', () => {
    const viewer = modeler.getActiveViewer();
    if (viewer && viewer.get('canvas', false)) {
      viewer.get('canvas').zoom('fit-viewport', 'auto');
    }
  });
  if (config.select) {
    await select(config.select);
  }
  root.classList.add('modeler--ready');
}

/** "康复生活补贴金额 · 规则 2" for a problem at a rule. */
function ruleLabel(modeler, problem, t) {
  const decisions = modeler.getDefinitions().get('drgElement');
  for (const decision of decisions) {
    const rules = decision.decisionLogic?.rule || [];
    const index = rules.findIndex((rule) => rule.id === problem.elementId);
    if (index >= 0) {
      return `${decision.name || decision.id} · ${t.rule(index + 1)}`;
    }
  }
  return problem.elementLabel;
}

/** The decisions as buttons that open each one's table (the element list of a DMN file). */
function listDecisions(root, modeler, t) {
  const list = root.querySelector('[data-element-list]');
  if (!list) {
    return;
  }
  list.replaceChildren();
  modeler.getViews().forEach((view) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button element-list__button';
    button.textContent = view.name || view.element.name || view.element.id;
    button.addEventListener('click', async () => {
      await modeler.open(view);
      root.querySelector('[data-canvas] [tabindex], [data-canvas] [contenteditable]')?.focus();
      status(root, t.selected(button.textContent));
    });
    item.append(button);
    list.append(item);
  });
}
