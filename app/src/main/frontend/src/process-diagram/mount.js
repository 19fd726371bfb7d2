import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './process-diagram.css';
import { markState, drawCounts } from './markers.js';

/** Draws every `[data-process-diagram]` below root. */
export function mountProcessDiagrams(root) {
  root.querySelectorAll('[data-process-diagram]').forEach((figure) => {
    drawDiagram(figure).catch((error) => showFailure(figure, error));
  });
}

async function drawDiagram(figure) {
  const container = figure.querySelector('.process-diagram__canvas') ?? figure;
  const response = await fetch(figure.dataset.xmlUrl, {
    credentials: 'same-origin',
    headers: { Accept: 'application/xml' }
  });
  if (!response.ok) {
    throw new Error(`Expected the diagram at ${figure.dataset.xmlUrl}, but got HTTP ${response.status}`);
  }
  const viewer = new NavigatedViewer({ container });
  await viewer.importXML(await response.text());
  viewer.get('canvas').zoom('fit-viewport', 'auto');
  markState(viewer, {
    active: ids(figure.dataset.active),
    completed: ids(figure.dataset.completed),
    incidents: ids(figure.dataset.incidents),
    takenFlows: ids(figure.dataset.takenFlows)
  });
  if (figure.dataset.counts) {
    drawCounts(viewer, JSON.parse(figure.dataset.counts), figure.dataset);
  }
  figure.classList.add('process-diagram--ready');
  figure.processDiagramViewer = viewer; // for tests and later interactions
}

function ids(list) {
  return (list ?? '').split(/\s+/).filter(Boolean);
}

function showFailure(figure, error) {
  console.error(error);
  figure.classList.add('process-diagram--failed');
  const message = document.createElement('p');
  message.className = 'process-diagram__failure';
  message.setAttribute('role', 'status');
  message.textContent = figure.dataset.errorText ?? 'The diagram cannot be shown.';
  figure.prepend(message);
}
