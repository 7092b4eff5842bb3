/* Translates the two strings wagtail-localize's translation editor has in English in its compiled
 * code, outside its gettext calls: the heading "<source> to <target> translation" and the footer's
 * "More actions" (a screen-reader label). The translations come from the server in a JSON data
 * block (website/wagtail_hooks.py, translated with gettext); this only swaps text the editor
 * rendered, whenever React renders it again.
 */
(function () {
  'use strict';

  const data = document.getElementById('levl-localize-strings');
  if (!data) return;
  const strings = JSON.parse(data.textContent);
  const HEADING = /^(.+) to (.+) translation$/;

  function translate(root) {
    root.querySelectorAll('.js-translation-editor section h3').forEach((heading) => {
      const match = HEADING.exec(heading.textContent);
      if (match) {
        heading.textContent = strings.heading.replace('%(source)s', match[1]).replace('%(target)s', match[2]);
      }
    });
    root.querySelectorAll('.js-translation-editor .w-sr-only').forEach((label) => {
      if (label.textContent === 'More actions') label.textContent = strings.moreActions; // eslint-disable-line no-param-reassign
    });
  }

  function start() {
    const editor = document.querySelector('.js-translation-editor');
    if (!editor) return;
    translate(document);
    new MutationObserver(() => translate(document)).observe(editor, { childList: true, subtree: true, characterData: true });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
