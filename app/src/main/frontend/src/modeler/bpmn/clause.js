// The selected element's policy clause (zeebe:property policyClause): what it cites, the
// sentence in the policy's words with a link to it in the clause index, and, for policy owners,
// a list of every clause to set it from (the keyboard's way to fix a missing citation).
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { texts } from '../shared/page.js';
import { pageLanguage } from '../shared/translate.js';
import { button, labelledField, select } from '../shared/dom.js';

const PROPERTY = 'policyClause';

export function readClause(businessObject) {
  const extensions = businessObject.get('extensionElements');
  const properties = extensions && extensions.get('values').find((v) => is(v, 'zeebe:Properties'));
  const property = properties && properties.get('properties').find((p) => p.name === PROPERTY);
  return property ? property.value || '' : '';
}

export function writeClause(viewer, element, value) {
  const modeling = viewer.get('modeling');
  const moddle = viewer.get('moddle');
  const businessObject = element.businessObject;
  let extensions = businessObject.get('extensionElements');
  if (!extensions) {
    if (!value) {
      return;
    }
    extensions = moddle.create('bpmn:ExtensionElements', { values: [] });
    extensions.$parent = businessObject;
    modeling.updateProperties(element, { extensionElements: extensions });
  }
  let properties = extensions.get('values').find((v) => is(v, 'zeebe:Properties'));
  if (!properties) {
    if (!value) {
      return;
    }
    properties = moddle.create('zeebe:Properties', { properties: [] });
    properties.$parent = extensions;
    modeling.updateModdleProperties(element, extensions,
      { values: [...extensions.get('values'), properties] });
  }
  const property = properties.get('properties').find((p) => p.name === PROPERTY);
  if (value && property) {
    modeling.updateModdleProperties(element, property, { value });
  } else if (value) {
    const created = moddle.create('zeebe:Property', { name: PROPERTY, value });
    created.$parent = properties;
    modeling.updateModdleProperties(element, properties,
      { properties: [...properties.get('properties'), created] });
  } else if (property) {
    modeling.updateModdleProperties(element, properties,
      { properties: properties.get('properties').filter((p) => p !== property) });
  }
}

export function mountClausePanel(root, viewer, { editable, clauses, clausePageUrl, status }) {
  const t = texts[pageLanguage()];
  const list = root.querySelector('[data-element-list]');
  if (!list) {
    return;
  }
  const panel = document.createElement('div');
  panel.className = 'element-clause';
  panel.dataset.clausePanel = '';
  list.closest('section').insertBefore(panel, list);
  const canvas = viewer.get('canvas');

  function show() {
    const selected = viewer.get('selection').get();
    const element = selected.length === 1 ? selected[0] : null;
    panel.replaceChildren();
    if (!element || element.labelTarget) {
      panel.textContent = t.noneSelected;
      return;
    }
    const heading = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = `${t.clause}：`;
    const cited = readClause(element.businessObject);
    heading.append(strong, cited || t.clauseNone);
    panel.append(heading);
    const numbers = [...cited.matchAll(/item\s*(\d+)\.(\d+)/gi)].map((m) => `${m[1]}.${m[2]}`);
    numbers.forEach((number) => {
      const sentence = clauses.find((c) => c.clause === `item ${number}`);
      if (sentence) {
        const quote = document.createElement('blockquote');
        quote.className = 'policy-sentence__text';
        quote.lang = 'zh-CN';
        quote.textContent = sentence.text;
        panel.append(quote);
      }
      const link = document.createElement('a');
      link.href = clausePageUrl + number;
      link.textContent = `${t.clauseRead} item ${number}`;
      panel.append(link);
    });
    if (!editable || element === canvas.getRootElement()) {
      return;
    }
    const choices = select([{ value: '', text: t.clauseNone }, ...clauses.map((clause) => ({
      value: clause.clause,
      text: `${clause.clause} ${clause.text.length > 40 ? clause.text.slice(0, 40) + '…' : clause.text}`,
      selected: cited.trim() === clause.clause
    }))]);
    const { field } = labelledField('element-clause-select', t.clause, choices);
    const set = button(t.clauseSet, 'set-clause');
    set.addEventListener('click', () => {
      writeClause(viewer, element, choices.value);
      status(choices.value ? t.clauseChanged(choices.value) : t.clauseCleared);
      show();
      document.getElementById('element-clause-select')?.focus();
    });
    panel.append(field, set);
  }

  viewer.on('selection.changed', show);
  viewer.on('elements.changed', () => setTimeout(show, 0));
  show();
}
