// The BPMN editor: bpmn-js's Modeler with the Camunda 8 properties panel (Zeebe provider, zeebe
// moddle, Camunda 8 behaviours), live lint, the server's checks at their elements, the element
// list and the policy clause of the selected element. Read-only pages get the NavigatedViewer.
import Modeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  ZeebePropertiesProviderModule
} from 'bpmn-js-properties-panel';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import lintingModule from '@camunda/linting/modeler';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import '@camunda/linting/assets/linting.css';
import { translateModule } from '../shared/translate.js';
import { content, loadClauses, settings, showFailure, status, texts } from '../shared/page.js';
import { pageLanguage } from '../shared/translate.js';
import { renderProblems, serverProblems } from '../shared/problems.js';
import { wireSaveForm } from '../shared/save.js';
import { wireCheckButton } from '../shared/check.js';
import { lint } from './lint.js';
import { drawProblems } from './problem-overlays.js';
import { mountElementList } from './elements.js';
import { mountClausePanel } from './clause.js';

export async function mountBpmn(root) {
  const config = settings(root);
  const t = texts[pageLanguage()];
  const container = root.querySelector('[data-canvas]');
  const properties = root.querySelector('[data-properties]');
  const editable = !config.readOnly;
  const viewer = editable
    ? new Modeler({
      container,
      propertiesPanel: { parent: properties },
      additionalModules: [
        BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ZeebePropertiesProviderModule,
        ZeebeBehaviorsModule, lintingModule, translateModule
      ],
      moddleExtensions: { zeebe: zeebeModdle },
      linting: { active: true }
    })
    : new NavigatedViewer({
      container,
      additionalModules: [translateModule],
      moddleExtensions: { zeebe: zeebeModdle }
    });
  root.modeler = viewer; // for tests and the browser console
  try {
    await viewer.importXML(content(root));
  } catch (error) {
    showFailure(root, error);
    return;
  }
  const canvas = viewer.get('canvas');
  canvas.zoom('fit-viewport', 'auto');
  describeCanvas(container);
  const say = (text) => status(root, text);

  let server = serverProblems(config.problems);
  let lintProblems = [];
  const select = (id) => {
    const element = viewer.get('elementRegistry').get(id);
    if (!element) {
      return;
    }
    if (element === canvas.getRootElement()) {
      viewer.get('selection').select(null);
    } else {
      viewer.get('selection').select(element);
      canvas.scrollToElement(element);
    }
    say(t.selected(element.businessObject.name || element.id));
  };
  const show = () => {
    const all = [...server, ...lintProblems];
    renderProblems(root, all, select);
    drawProblems(viewer, all);
  };
  show();

  mountElementList(root, viewer, { editable, status: say });
  let clauses = [];
  try {
    clauses = await loadClauses(config);
  } catch (error) {
    console.error(error);
  }
  mountClausePanel(root, viewer, {
    editable, clauses, clausePageUrl: config.clausePageUrl, status: say
  });

  root.querySelector('[data-action="fit"]')?.addEventListener('click',
    () => canvas.zoom('fit-viewport', 'auto'));

  if (editable) {
    let dirty = false;
    const relint = debounce(async () => {
      lintProblems = await lint(viewer);
      show();
    }, 300);
    viewer.on('commandStack.changed', () => {
      dirty = true;
      relint();
    });
    relint();
    wireCheckButton(root, config, async () => (await viewer.saveXML({ format: true })).xml,
      (problems) => {
        server = problems;
        show();
      });
    wireSaveForm(async () => (await viewer.saveXML({ format: true })).xml, () => dirty);
  }
  if (config.select) {
    select(config.select);
  }
  root.classList.add('modeler--ready');
}

/** The canvas's SVG takes the keys; it says what it is. */
function describeCanvas(container) {
  const svg = container.querySelector('svg');
  const label = container.getAttribute('aria-label');
  if (svg && label) {
    svg.setAttribute('role', 'application');
    svg.setAttribute('aria-label', label);
  }
  container.removeAttribute('aria-label');
}

function debounce(fn, ms) {
  let timer = null;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}
