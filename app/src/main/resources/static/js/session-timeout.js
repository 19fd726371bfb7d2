/*
 * Warns two minutes before the session times out and offers to keep working (WCAG 2.2.1, timing
 * adjustable): the banner is a live region and its button takes focus only when pressed with
 * the keyboard, never by surprise. After the timeout it says so and links to the login page.
 * Texts and the timeout come from the page (<meta name="tongxing-session">), in its language.
 */
(function () {
  'use strict';

  var meta = document.querySelector('meta[name="tongxing-session"]');
  if (!meta) {
    return;
  }
  var timeout = Number(meta.dataset.timeoutSeconds) * 1000;
  var warnBefore = Math.min(120000, timeout / 4);
  var banner = null;
  var warnTimer = null;
  var expireTimer = null;

  function schedule() {
    clearTimeout(warnTimer);
    clearTimeout(expireTimer);
    warnTimer = setTimeout(warn, timeout - warnBefore);
    expireTimer = setTimeout(expire, timeout);
  }

  function ensureBanner() {
    if (banner) {
      return banner;
    }
    banner = document.createElement('div');
    banner.className = 'notice session-warning';
    banner.setAttribute('role', 'alert');
    var main = document.getElementById('main');
    main.insertBefore(banner, main.firstChild);
    return banner;
  }

  function warn() {
    var box = ensureBanner();
    box.textContent = meta.dataset.warning + ' ';
    var stay = document.createElement('button');
    stay.type = 'button';
    stay.className = 'button button--secondary button--small';
    stay.textContent = meta.dataset.stay;
    stay.addEventListener('click', keepAlive);
    box.appendChild(stay);
  }

  function expire() {
    var box = ensureBanner();
    box.textContent = meta.dataset.expired + ' ';
    var link = document.createElement('a');
    link.href = meta.dataset.login;
    link.textContent = meta.dataset.signIn;
    box.appendChild(link);
  }

  function keepAlive() {
    // an expired session answers with a redirect to the login page: not followed, not "ok"
    fetch(meta.dataset.keepAlive, { credentials: 'same-origin', redirect: 'manual' })
      .then(function (response) {
        if (response.ok && banner) {
          banner.remove();
          banner = null;
          schedule();
        } else {
          expire();
        }
      })
      .catch(expire);
  }

  schedule();
})();
