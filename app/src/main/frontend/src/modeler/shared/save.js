// The save form: the editor's content goes into its hidden textarea when it is submitted; leaving
// the page with unsaved changes asks first.
import { texts } from './page.js';
import { pageLanguage } from './translate.js';

export function wireSaveForm(getContent, isDirty) {
  const form = document.querySelector('[data-save-form]');
  if (!form) {
    return;
  }
  let saving = false;
  form.addEventListener('submit', async (event) => {
    if (saving) {
      return;
    }
    event.preventDefault();
    form.querySelector('[data-save-content]').value = await getContent();
    saving = true;
    form.submit();
  });
  window.addEventListener('beforeunload', (event) => {
    if (!saving && isDirty()) {
      event.preventDefault();
      event.returnValue = texts[pageLanguage()].leave;
    }
  });
}
