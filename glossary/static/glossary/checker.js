// Checks the text as the visitor types, through the public API; without JavaScript the form posts.
// Built with DOM nodes and textContent only: the visitor's text is never parsed as HTML.
(function () {
  "use strict";
  var form = document.querySelector("[data-glossary-checker]");
  if (!form || !window.fetch) return;
  var field = form.querySelector("textarea");
  var output = document.querySelector("[data-glossary-result]");
  var labels = JSON.parse(document.getElementById("glossary-labels").textContent);
  var timer = null;
  var latest = 0;

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function render(text, data) {
    output.replaceChildren();
    output.appendChild(el("h3", labels.result));
    if (data.readability) {
      output.appendChild(el("p", labels.readability.replace("{formula}", data.readability.formula)
        .replace("{value}", data.readability.score).replace("{band}", data.readability.band), "glossary-readability"));
    }
    if (!data.hits.length) {
      output.appendChild(el("p", labels.none, "glossary-summary"));
      return;
    }
    output.appendChild(el("p", (data.hits.length === 1 ? labels.one : labels.many).replace("{count}", data.hits.length), "glossary-summary"));
    var box = el("div", null, "glossary-highlighted");
    var paragraph = el("p");
    var cursor = 0;
    data.hits.forEach(function (hit) {
      paragraph.appendChild(document.createTextNode(text.slice(cursor, hit.start)));
      var mark = el("mark", null, "glossary-hit glossary-hit--" + data.terms[hit.term].severity);
      var link = el("a", text.slice(hit.start, hit.end));
      link.href = data.terms[hit.term].url;
      mark.appendChild(link);
      paragraph.appendChild(mark);
      cursor = hit.end;
    });
    paragraph.appendChild(document.createTextNode(text.slice(cursor)));
    box.appendChild(paragraph);
    output.appendChild(box);
    var list = el("ul", null, "glossary-found");
    Object.keys(data.terms).forEach(function (slug) {
      var term = data.terms[slug];
      var item = el("li");
      var strong = el("strong");
      var link = el("a", term.term);
      link.href = term.url;
      strong.appendChild(link);
      item.appendChild(strong);
      item.appendChild(el("span", term.severity_label, "glossary-severity glossary-severity--" + term.severity));
      item.appendChild(el("p", term.explanation));
      if (term.alternatives.length) item.appendChild(el("p", labels.instead + " " + term.alternatives.join(", ")));
      list.appendChild(item);
    });
    output.appendChild(list);
  }

  function check() {
    var text = field.value;
    if (!text.trim()) return;
    var ticket = ++latest;
    fetch(form.dataset.api, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ text: text, language: form.dataset.language }),
      credentials: "omit",
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (data) {
      if (data && ticket === latest) render(text, data);
    }).catch(function () { /* the submit button still works */ });
  }

  field.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(check, 700);
  });
})();
