// Small builders for the controls the editors add beside the canvas.

/** A field: a visible label tied to its control, both in a div.field. */
export function labelledField(id, labelText, control) {
  const field = document.createElement('div');
  field.className = 'field';
  const label = document.createElement('label');
  label.className = 'field__label';
  label.htmlFor = id;
  label.textContent = labelText;
  control.id = id;
  field.append(label, control);
  return { field, label };
}

export function select(options) {
  const element = document.createElement('select');
  element.className = 'input';
  options.forEach(({ value, text, selected }) => {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    option.selected = Boolean(selected);
    element.append(option);
  });
  return element;
}

export function button(text, action) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'button button--secondary button--small';
  element.dataset.action = action;
  element.textContent = text;
  return element;
}
