// The visual diff of two versions of a process: both diagrams side by side (NavigatedViewer),
// what bpmn-js-differ finds marked on each (added on the newer, removed on the older, changed
// and moved on both), each mark with a symbol as well as a colour. The page's table says the
// same in words.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { diff } from 'bpmn-js-differ';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './diff.css';
import { translateModule } from '../shared/translate.js';

const MARKS = {
  added: '+',
  removed: '−',
  changed: '~',
  moved: '↔'
};

export async function mountVisualDiff(element) {
  const older = await draw(element, 'old');
  const newer = await draw(element, 'new');
  const changes = diff(older.getDefinitions(), newer.getDefinitions());
  Object.keys(changes._removed).forEach((id) => mark(older, id, 'removed'));
  Object.keys(changes._added).forEach((id) => mark(newer, id, 'added'));
  Object.keys(changes._changed).forEach((id) => {
    mark(older, id, 'changed');
    mark(newer, id, 'changed');
  });
  Object.keys(changes._layoutChanged).forEach((id) => {
    if (!changes._changed[id]) {
      mark(older, id, 'moved');
      mark(newer, id, 'moved');
    }
  });
  element.differ = { older, newer, changes }; // for tests
  element.classList.add('visual-diff--ready');
}

async function draw(element, side) {
  const container = element.querySelector(`[data-side="${side}"]`);
  const viewer = new NavigatedViewer({
    container,
    additionalModules: [translateModule],
    moddleExtensions: { zeebe: zeebeModdle }
  });
  await viewer.importXML(element.querySelector(`[data-xml="${side}"]`).value);
  viewer.get('canvas').zoom('fit-viewport', 'auto');
  return viewer;
}

function mark(viewer, id, kind) {
  const shape = viewer.get('elementRegistry').get(id);
  if (!shape) {
    return;
  }
  viewer.get('canvas').addMarker(shape, `diff-${kind}`);
  const badge = document.createElement('span');
  badge.className = `diff-badge diff-badge--${kind}`;
  badge.textContent = MARKS[kind];
  badge.setAttribute('aria-hidden', 'true');
  viewer.get('overlays').add(shape, 'diff', { position: { top: -10, right: 10 }, html: badge });
}
