// The form editor (@bpmn-io/form-js-editor; the viewer on read-only pages). A field cites its
// clause in its custom properties (key policyClause); the server's problems select the field.
import { FormEditor } from '@bpmn-io/form-js-editor';
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import { pageLanguage } from '../shared/translate.js';
import { content, settings, showFailure, status, texts } from '../shared/page.js';
import { renderProblems, serverProblems } from '../shared/problems.js';
import { wireSaveForm } from '../shared/save.js';
import { wireCheckButton } from '../shared/check.js';

export async function mountForm(root) {
  const config = settings(root);
  const t = texts[pageLanguage()];
  const container = root.querySelector('[data-canvas]');
  container.removeAttribute('aria-label');
  const editable = !config.readOnly;
  let schema;
  try {
    schema = JSON.parse(content(root));
  } catch (error) {
    showFailure(root, error);
    return;
  }
  const editor = editable ? new FormEditor({ container }) : new Form({ container });
  root.modeler = editor; // for tests and the browser console
  try {
    await editor.importSchema(schema);
  } catch (error) {
    showFailure(root, error);
    return;
  }
  const say = (text) => status(root, text);
  let dirty = false;
  const select = (id) => {
    if (editable) {
      const field = editor.get('formFieldRegistry').get(id);
      if (field) {
        editor.get('selection').set(field);
        container.querySelector(`[data-id="${CSS.escape(id)}"]`)?.focus();
        say(t.selected(field.label || field.key || field.id));
      }
    } else {
      container.querySelector(`[id$="${CSS.escape(id)}"], [data-id="${CSS.escape(id)}"]`)
        ?.scrollIntoView({ block: 'center' });
    }
  };
  let server = serverProblems(config.problems);
  const show = () => renderProblems(root, server, select);
  show();

  if (editable) {
    editor.on('changed', () => {
      dirty = true;
    });
    const current = () => JSON.stringify(editor.saveSchema(), null, 2);
    wireCheckButton(root, config, async () => current(), (problems) => {
      server = problems;
      show();
    });
    wireSaveForm(async () => current(), () => dirty);
  }
  root.querySelector('[data-action="fit"]')?.remove();
  if (config.select) {
    select(config.select);
  }
  root.classList.add('modeler--ready');
}
