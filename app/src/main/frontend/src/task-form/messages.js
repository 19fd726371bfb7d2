/**
 * form-js writes its validation messages in English; the page gives the texts in its own
 * language (data-messages on the mount point, from the server's message bundles) and this maps
 * each known English message to them, with its number kept ("minimum length of 2").
 */
const RULES = [
  [/^Field is required\.$/, 'required'],
  [/^Field must have minimum length of (\S+)\.$/, 'minLength'],
  [/^Field must have maximum length of (\S+)\.$/, 'maxLength'],
  [/^Field must have minimum value of (\S+)\.$/, 'min'],
  [/^Field must have maximum value of (\S+)\.$/, 'max'],
  [/^Field must match pattern /, 'pattern'],
  [/^Value is not a number\.$/, 'number'],
  [/^Value is expected to (?:be an integer|have at most (\S+) decimal digits?)\.$/, 'decimalDigits']
];

export function translator(messages) {
  return (text) => {
    for (const [pattern, key] of RULES) {
      const match = pattern.exec(text);
      if (match && messages[key]) {
        return messages[key].replace('{0}', match[1] ?? '0');
      }
    }
    return text;
  };
}

/** Wraps form-js's validator so that every message it returns is in the page's language. */
export function translateValidator(form, translate) {
  const validator = form.get('validator');
  const validate = validator.validateFieldInstance.bind(validator);
  validator.validateFieldInstance = (instance, value) => validate(instance, value).map(translate);
}
