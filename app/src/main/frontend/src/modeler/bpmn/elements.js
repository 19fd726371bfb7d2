// The element list below the canvas: every element as a button that selects it (so the
// properties panel shows it), and "append after", the keyboard's way of drawing: a new task,
// gateway or event placed after the selected element and connected to it (bpmn-js auto-place).
import { texts } from '../shared/page.js';
import { pageLanguage, translate } from '../shared/translate.js';
import { button, labelledField, select } from '../shared/dom.js';

const LISTED = /^bpmn:(.*Task|Task|CallActivity|SubProcess|.*Event|.*Gateway|SequenceFlow|Participant|Lane)$/;

const APPENDABLE = [
  { type: 'bpmn:UserTask', label: 'User task' },
  { type: 'bpmn:ServiceTask', label: 'Service task' },
  { type: 'bpmn:BusinessRuleTask', label: 'Business rule task' },
  { type: 'bpmn:ScriptTask', label: 'Script task' },
  { type: 'bpmn:SendTask', label: 'Send task' },
  { type: 'bpmn:ReceiveTask', label: 'Receive task' },
  { type: 'bpmn:Task', label: 'Task' },
  { type: 'bpmn:ExclusiveGateway', label: 'Exclusive gateway' },
  { type: 'bpmn:ParallelGateway', label: 'Parallel gateway' },
  { type: 'bpmn:IntermediateCatchEvent', label: 'Timer intermediate catch event',
    eventDefinitionType: 'bpmn:TimerEventDefinition' },
  { type: 'bpmn:IntermediateCatchEvent', label: 'Message intermediate catch event',
    eventDefinitionType: 'bpmn:MessageEventDefinition' },
  { type: 'bpmn:EndEvent', label: 'End event' }
];

export function elementLabel(element) {
  const name = element.businessObject && element.businessObject.name;
  const type = translate(typeName(element.type));
  return name ? `${name.replace(/\s+/g, ' ')}（${type}）` : `${element.id}（${type}）`;
}

function typeName(type) {
  const plain = type.replace(/^bpmn:/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

export function mountElementList(root, viewer, { editable, status }) {
  const t = texts[pageLanguage()];
  const list = root.querySelector('[data-element-list]');
  if (!list) {
    return { refresh() {} };
  }
  const registry = viewer.get('elementRegistry');
  const selection = viewer.get('selection');
  const canvas = viewer.get('canvas');
  const section = list.closest('section');
  let append = null;
  if (editable) {
    append = appendControl(viewer, t, status);
    section.insertBefore(append.element, list);
  }

  function refresh() {
    const selected = new Set(selection.get().map((element) => element.id));
    const elements = registry.filter((element) => LISTED.test(element.type)
      && !element.labelTarget && element !== canvas.getRootElement());
    list.replaceChildren();
    if (!elements.length) {
      const empty = document.createElement('li');
      empty.textContent = t.noElements;
      list.append(empty);
    }
    elements.forEach((element) => {
      const item = document.createElement('li');
      const entry = document.createElement('button');
      entry.type = 'button';
      entry.className = 'link-button element-list__button';
      entry.textContent = elementLabel(element);
      entry.dataset.elementId = element.id;
      entry.setAttribute('aria-pressed', String(selected.has(element.id)));
      entry.addEventListener('click', () => {
        selection.select(element);
        canvas.scrollToElement(element);
      });
      item.append(entry);
      list.append(item);
    });
    append?.update(selection.get()[0]);
  }

  let pending = null;
  const later = () => {
    clearTimeout(pending);
    pending = setTimeout(refresh, 100);
  };
  viewer.on('elements.changed', later);
  viewer.on('selection.changed', refresh);
  refresh();
  return { refresh };
}

function appendControl(viewer, t, status) {
  const element = document.createElement('div');
  element.className = 'element-append';
  const choices = select(APPENDABLE.map((option, index) => ({
    value: String(index), text: translate(option.label)
  })));
  const { field, label } = labelledField('element-append-type', t.append, choices);
  const append = button(t.appendButton, 'append');
  element.append(field, append);
  let source = null;

  append.addEventListener('click', () => {
    if (!source) {
      status(t.appendNothing);
      return;
    }
    const choice = APPENDABLE[Number(choices.value)];
    const shape = viewer.get('elementFactory').createShape({
      type: choice.type,
      eventDefinitionType: choice.eventDefinitionType
    });
    const appended = viewer.get('autoPlace').append(source, shape);
    viewer.get('selection').select(appended);
    viewer.get('canvas').scrollToElement(appended);
    status(t.appended(translate(choice.label)));
  });

  return {
    element,
    update(selected) {
      source = selected && selected.waypoints === undefined && !selected.labelTarget
        && !/EndEvent$/.test(selected.type) ? selected : null;
      append.disabled = !source;
      label.textContent = source ? t.appendAfter(selected.businessObject.name || selected.id)
        : t.append;
    }
  };
}
