/* Progressive enhancement for every page (the site works without it):
   - the header's menu button: a disclosure (aria-expanded, Escape closes, focus returns);
   - faceted listings: a change applies at once; focus comes back to the changed option. */
(function () {
  "use strict";
  var narrow = window.matchMedia("(max-width: 51.99rem)");

  function setupMenu(header) {
    var button = header.querySelector(".menu-toggle");
    var menu = document.getElementById(button && button.getAttribute("aria-controls"));
    if (!button || !menu) return;
    button.hidden = false;
    function set(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      header.setAttribute("data-menu", open ? "open" : "closed");
    }
    set(false);
    button.addEventListener("click", function () {
      set(button.getAttribute("aria-expanded") !== "true");
    });
    header.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true" && narrow.matches) {
        set(false);
        button.focus();
      }
    });
  }

  var FOCUS_KEY = "levl-facet-focus";

  function setupFacets(form) {
    var panel = form.closest("details");
    if (panel && !narrow.matches) panel.open = true;
    form.classList.add("facets--live");
    form.addEventListener("change", function (event) {
      var field = event.target;
      if (!field.name) return;
      try { sessionStorage.setItem(FOCUS_KEY, field.id); } catch (e) { /* private mode: no focus memory */ }
      if (form.requestSubmit) form.requestSubmit(); else form.submit();
    });
  }

  function restoreFocus() {
    var id;
    try { id = sessionStorage.getItem(FOCUS_KEY); sessionStorage.removeItem(FOCUS_KEY); } catch (e) { return; }
    var field = id && document.getElementById(id);
    if (!field) return;
    var panel = field.closest("details");
    if (panel) panel.open = true;
    field.focus();
  }

  document.querySelectorAll(".site-header[data-menu]").forEach(setupMenu);
  document.querySelectorAll("form.facets").forEach(setupFacets);
  restoreFocus();
})();
