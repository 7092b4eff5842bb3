/*
 * Header search suggestions: the ARIA 1.2 combobox pattern ("list autocomplete").
 * Progressive enhancement: without this script the header is a plain GET form to the search
 * page. With it, typing two or more characters asks /<lang>/search/suggest/?q= for page titles;
 * Down/Up move through them, Enter opens the chosen page, Escape closes the list (or clears).
 * No inline styles (CSP): visibility uses the hidden attribute and classes in site.css.
 */
(function () {
  "use strict";

  function setup(form) {
    var input = form.querySelector("input[name=q]");
    var url = form.getAttribute("data-suggest-url");
    if (!input || !url || !window.fetch) return;

    var listId = input.id + "-listbox";
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "site-search__listbox";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.getAttribute("data-suggestions-label") || "Suggestions");
    list.hidden = true;
    input.parentNode.appendChild(list);

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    input.parentNode.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var options = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = "";

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      setActive(-1);
    }

    function open() {
      if (!options.length) return;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function setActive(index) {
      options.forEach(function (option, i) {
        var selected = i === index;
        option.setAttribute("aria-selected", selected ? "true" : "false");
        option.classList.toggle("is-active", selected);
      });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function announce(count) {
      var text;
      if (count === 0) text = input.getAttribute("data-count-none") || "";
      else if (count === 1) text = input.getAttribute("data-count-one") || "";
      else text = (input.getAttribute("data-count-many") || "").replace("%(count)s", count);
      status.textContent = text;
    }

    function render(suggestions) {
      list.textContent = "";
      options = suggestions.map(function (suggestion, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.className = "site-search__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.setAttribute("data-url", suggestion.url);
        var title = document.createElement("span");
        title.className = "site-search__option-title";
        title.textContent = suggestion.title;
        option.appendChild(title);
        if (suggestion.type) {
          var type = document.createElement("span");
          type.className = "site-search__option-type";
          type.textContent = suggestion.type;
          option.appendChild(type);
        }
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the input until we navigate
          go(i);
        });
        list.appendChild(option);
        return option;
      });
      active = -1;
      announce(options.length);
      if (options.length) open(); else close();
    }

    function go(index) {
      var option = options[index];
      if (option) window.location.assign(option.getAttribute("data-url"));
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) return;
      lastQuery = query;
      if (query.length < 2) {
        options = [];
        list.textContent = "";
        close();
        return;
      }
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      fetch(url + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        signal: controller ? controller.signal : undefined,
      })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          if (input.value.trim() === query) render(data.suggestions || []);
        })
        .catch(function () { /* aborted or offline: the plain form still works */ });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 150);
    });

    input.addEventListener("keydown", function (event) {
      switch (event.key) {
        case "ArrowDown":
          if (!options.length) return;
          event.preventDefault();
          open();
          setActive(active + 1 >= options.length ? 0 : active + 1);
          break;
        case "ArrowUp":
          if (!options.length) return;
          event.preventDefault();
          open();
          setActive(active - 1 < 0 ? options.length - 1 : active - 1);
          break;
        case "Enter":
          if (!list.hidden && active >= 0) {
            event.preventDefault();
            go(active);
          }
          break;
        case "Escape":
          if (!list.hidden) {
            event.preventDefault();
            close();
          } else {
            input.value = "";
            lastQuery = "";
          }
          break;
        case "Tab":
          close();
          break;
        default:
          break;
      }
    });

    input.addEventListener("blur", function () {
      window.setTimeout(close, 150);
    });
    input.addEventListener("focus", function () {
      if (options.length && input.value.trim() === lastQuery) open();
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("form.site-search[data-suggest-url]"), setup);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
