/* Starts Wagtail's admin widgets from JSON data blocks instead of inline scripts.
 *
 * website/admin_csp.py rewrites each known inline initialiser of a Wagtail or wagtail-localize
 * admin page into <script type="application/json" data-levl-admin-init="name">[args]</script>,
 * which the Content-Security-Policy allows because browsers never execute it. This file (served
 * from our origin) calls the named initialiser with those arguments: once for the page, then for
 * every block inserted later (inline-panel children, dialogs, chooser modals). Only the names
 * below can be called; keep them in step with INITIALISERS in admin_csp.py.
 */
(function () {
  'use strict';

  const call = (name) => (...args) => window[name](...args);
  const construct = (name) => (...args) => new window[name](...args);
  const INITIALISERS = {
    initDateChooser: call('initDateChooser'),
    initTimeChooser: call('initTimeChooser'),
    initDateTimeChooser: call('initDateTimeChooser'),
    createTaskChooser: call('createTaskChooser'),
    Chooser: construct('Chooser'),
    PageChooser: construct('PageChooser'),
    DocumentChooser: construct('DocumentChooser'),
    ImageChooser: construct('ImageChooser'),
    SnippetChooser: construct('SnippetChooser'),
    InlinePanel: construct('InlinePanel'),
    MultipleChooserPanel: construct('MultipleChooserPanel'),
    chooserUrls: (urls) => {
      if (typeof window.chooserUrls === 'undefined') {
        window.chooserUrls = urls;
      }
    },
    selectAllLocales: () => {
      const selectAll = document.querySelector('[name="select_all"]');
      const locales = document.querySelectorAll('[name="locales"]');
      selectAll.addEventListener('change', () => {
        locales.forEach((box) => {
          box.checked = selectAll.checked; // eslint-disable-line no-param-reassign
        });
      });
    },
  };
  const SELECTOR = 'script[type="application/json"][data-levl-admin-init]';
  const done = new WeakSet();

  function run(block) {
    if (done.has(block) || !block.isConnected) return;
    done.add(block);
    const name = block.dataset.levlAdminInit;
    const start = Object.prototype.hasOwnProperty.call(INITIALISERS, name) && INITIALISERS[name];
    if (!start) throw new Error(`csp-init: unknown initialiser ${name}`);
    start(...JSON.parse(block.textContent));
  }

  function runWithin(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.matches(SELECTOR)) run(node);
    node.querySelectorAll(SELECTOR).forEach(run);
  }

  function start() {
    runWithin(document.documentElement);
    new MutationObserver((records) => {
      records.forEach((record) => record.addedNodes.forEach(runWithin));
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  // Inline scripts ran as the parser reached them; the page's initialisers run once it is parsed,
  // before Wagtail's own DOMContentLoaded work that expects them (this listener is added first).
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
