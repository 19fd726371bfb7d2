import { h } from 'preact';
import { Select, Label, Description, Errors } from '@bpmn-io/form-js-viewer';

/**
 * A select with fixed options as a native <select>: form-js draws its own drop-down, which
 * screen readers cannot read as a list box and whose placeholder is English. Options computed
 * from data (valuesKey, valuesExpression) keep form-js's own select.
 */
export function nativeSelect(placeholder) {
  function NativeSelect(props) {
    const { field, domId, errors = [], value, onChange, disabled, readonly, onBlur, onFocus } = props;
    if (!Array.isArray(field.values)) {
      return h(Select, props);
    }
    const descriptionId = `${domId}-description`;
    const errorId = `${domId}-error-message`;
    const classes = ['fjs-form-field', 'fjs-form-field-select'];
    if (errors.length) {
      classes.push('fjs-has-errors');
    }
    return h('div', { class: classes.join(' ') },
      h(Label, { htmlFor: domId, label: field.label, required: field.validate?.required }),
      h('select', {
        id: domId,
        class: 'fjs-select fjs-native-select',
        value: value == null ? '' : String(value),
        disabled: disabled || readonly,
        'aria-invalid': errors.length > 0 ? 'true' : undefined,
        'aria-describedby': `${descriptionId} ${errorId}`,
        onChange: (event) => {
          const index = event.target.selectedIndex - 1;
          onChange({ value: index < 0 ? null : field.values[index].value });
        },
        onBlur,
        onFocus
      },
      h('option', { value: '' }, placeholder),
      ...field.values.map((option) => h('option', { value: String(option.value) }, option.label))),
      h(Description, { id: descriptionId, description: field.description }),
      h(Errors, { id: errorId, errors }));
  }
  NativeSelect.config = { ...Select.config };
  return NativeSelect;
}
