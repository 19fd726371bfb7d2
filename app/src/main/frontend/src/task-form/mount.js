import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import './task-form.css';
import { translator, translateValidator } from './messages.js';
import { parametersOf, writeParameters } from './submit.js';
import { nativeSelect } from './native-select.js';

/** Mounts form-js on every `[data-form-js]` mount point below root. */
export function mountTaskForms(root) {
  root.querySelectorAll('[data-form-js]').forEach((mount) => {
    mountForm(mount).catch((error) => {
      // the server's form is still there: the task can be done without form-js
      console.error(error);
      mount.hidden = true;
    });
  });
}

async function mountForm(mount) {
  const page = mount.closest('main') ?? document;
  const schema = readJson(page, mount.dataset.schema);
  const data = readJson(page, mount.dataset.data) ?? {};
  const messages = readJson(page, mount.dataset.messages) ?? {};
  const htmlForm = document.getElementById(mount.dataset.form);
  if (!schema || !htmlForm) {
    return;
  }
  const hidden = new Set((mount.dataset.hiddenKeys ?? '').split(' ').filter(Boolean));
  // read-only tables stay the server's: a caption names them and their region scrolls by keyboard
  const shown = { ...schema, components: (schema.components ?? []).filter(
    (component) => !hidden.has(component.key) && component.type !== 'button'
      && component.type !== 'table') };
  // no debounce: a value typed a moment before Enter on a decision button must be the one sent
  const form = new Form({ container: mount, debounce: false });
  form.get('formFields').register('select', nativeSelect(messages.selectPlaceholder ?? '—'));
  await form.importSchema(shown, data);
  translateValidator(form, translator(messages));
  htmlForm.querySelectorAll('[data-server-fields]').forEach((fields) => {
    fields.querySelectorAll('.form-table').forEach((table) => mount.before(table));
    fields.remove();
  });
  mount.hidden = false;
  mount.classList.add('form-js-container--ready');

  let checked = false;
  htmlForm.addEventListener('submit', (event) => {
    if (checked) {
      return;
    }
    event.preventDefault();
    const result = form.submit();
    const errors = Object.entries(result.errors ?? {});
    if (errors.length > 0) {
      showSummary(mount, schema, errors, messages);
      return;
    }
    clearSummary(mount);
    writeParameters(htmlForm, parametersOf(shown, result.data));
    checked = true;
    // a form cannot be submitted again while its submit event is being dispatched
    const submitter = event.submitter;
    setTimeout(() => (submitter ? htmlForm.requestSubmit(submitter) : htmlForm.requestSubmit()));
  });
  // Enter in a form-js field submits form-js's own form: send the page's form instead, which
  // holds the decision buttons; without a button pressed nothing is decided
  form.on('submit', () => {});
}

function readJson(page, id) {
  const element = id ? page.querySelector(`#${id}`) : null;
  return element ? JSON.parse(element.textContent) : null;
}

function showSummary(mount, schema, errors, messages) {
  clearSummary(mount);
  const summary = document.createElement('div');
  summary.className = 'error-summary';
  summary.id = 'form-js-error-summary';
  summary.setAttribute('role', 'alert');
  summary.tabIndex = -1;
  const title = document.createElement('h2');
  title.className = 'error-summary__title';
  title.textContent = messages.summaryTitle ?? 'There is a problem';
  summary.appendChild(title);
  const list = document.createElement('ul');
  list.className = 'error-summary__list';
  const labels = labelsOf(schema.components ?? []);
  for (const [fieldId, fieldErrors] of errors) {
    const input = mount.querySelector(`[id$="-${CSS.escape(fieldId)}"]`);
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = input ? `#${input.id}` : '#';
    const text = [].concat(fieldErrors).join(' ');
    link.textContent = labels[fieldId] ? `${labels[fieldId]}：${text}` : text;
    link.addEventListener('click', (event) => {
      if (input) {
        event.preventDefault();
        input.focus();
      }
    });
    item.appendChild(link);
    list.appendChild(item);
  }
  summary.appendChild(list);
  mount.parentNode.insertBefore(summary, mount);
  summary.focus();
}

function clearSummary(mount) {
  document.getElementById('form-js-error-summary')?.remove();
}

function labelsOf(components) {
  const labels = {};
  for (const component of components) {
    if (component.label) {
      labels[component.id] = component.label;
    }
    if (Array.isArray(component.components)) {
      Object.assign(labels, labelsOf(component.components));
    }
  }
  return labels;
}
