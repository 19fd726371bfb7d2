// A `translate` service for bpmn-js, dmn-js and the properties panel: Chinese when the page is
// Chinese (<html lang="zh-CN">), English otherwise, with {placeholders} filled in.
import zh from './translations-zh.js';

export function pageLanguage() {
  return (document.documentElement.lang || 'zh').toLowerCase().startsWith('en') ? 'en' : 'zh';
}

export function translate(template, replacements = {}) {
  const text = pageLanguage() === 'zh' && zh[template] ? zh[template] : template;
  return text.replace(/{([^}]+)}/g, (match, key) =>
    Object.prototype.hasOwnProperty.call(replacements, key) ? replacements[key] : match);
}

/** The didi module that replaces the libraries' own translate service. */
export const translateModule = { translate: ['value', translate] };
