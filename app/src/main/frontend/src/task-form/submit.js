/**
 * Turns form-js's data into the request parameters the server's own form sends: one
 * `field.<key>` per field key (a dotted key is a path into the data), checkboxes as "true" or
 * nothing, numbers as plain text. Only keys of the schema are sent; the server decides the rest.
 */
export function parametersOf(schema, data) {
  const parameters = [];
  // a dynamic list goes as one JSON parameter, its rows checked on the server field by field
  for (const list of listsOf(schema.components ?? [])) {
    const rows = valueAt(data, list.path);
    if (Array.isArray(rows)) {
      parameters.push([`list.${list.path}`, JSON.stringify(rows)]);
    }
  }
  for (const field of fieldsOf(schema.components ?? [], '')) {
    const value = valueAt(data, field.key);
    if (value === undefined || value === null) {
      continue;
    }
    if (field.type === 'checkbox') {
      if (value === true) {
        parameters.push([`field.${field.key}`, 'true']);
      }
      continue;
    }
    parameters.push([`field.${field.key}`, String(value)]);
  }
  return parameters;
}

function listsOf(components) {
  const lists = [];
  for (const component of components) {
    if (component.type === 'dynamiclist' && component.path) {
      lists.push(component);
    } else if (Array.isArray(component.components)) {
      lists.push(...listsOf(component.components));
    }
  }
  return lists;
}

/** The input fields of the components, groups opened (their path prefixes the keys). */
function fieldsOf(components, prefix) {
  const fields = [];
  for (const component of components) {
    if (component.type === 'dynamiclist') {
      continue; // sent whole, above
    }
    if (component.type === 'group' && Array.isArray(component.components)) {
      const path = component.path ? `${prefix}${component.path}.` : prefix;
      fields.push(...fieldsOf(component.components, path));
    } else if (component.key) {
      fields.push({ key: `${prefix}${component.key}`, type: component.type });
    }
  }
  return fields;
}

function valueAt(data, path) {
  return path.split('.').reduce((value, part) => (value == null ? undefined : value[part]), data);
}

/** Replaces the hidden inputs of an earlier attempt with these parameters. */
export function writeParameters(form, parameters) {
  form.querySelectorAll('input[data-form-js-value]').forEach((input) => input.remove());
  for (const [name, value] of parameters) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    input.dataset.formJsValue = '';
    form.appendChild(input);
  }
}
