/*
 * Small keyboard helps; every page works without this script.
 * - After a refused submission, focus moves to the error summary so that screen readers read it.
 * - A link in the error summary moves focus into its field, not only scrolls to it.
 */
(function () {
  'use strict';

  var summary = document.querySelector('[data-focus-on-load]');
  if (summary) {
    summary.focus();
  }

  document.querySelectorAll('.error-summary a[href^="#"]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var field = document.getElementById(link.getAttribute('href').slice(1));
      if (!field || typeof field.focus !== 'function') {
        return;
      }
      event.preventDefault();
      var container = field.closest('.field') || field;
      container.scrollIntoView();
      field.focus({ preventScroll: true });
    });
  });
})();
