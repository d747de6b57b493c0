/* Flask Interview Handbook: search.
 * The Pagefind index (pagefind/, built by scripts/search_index.py) is not part of a page load:
 * focusing the search box or typing into it loads the engine, and each query fetches only the
 * index chunks for its words. One result per question: its title, level, topic and short answer,
 * linking to the question's anchor (the page opens the answer). Keys: "/" focuses the box,
 * arrows move through the results, Enter follows one, Escape closes. */
(function () {
  "use strict";

  var root = document.querySelector("[data-fih-search]");
  if (!root) return;
  var base = new URL(root.getAttribute("data-fih-search"), location.href);
  var toggle = document.getElementById("__search");
  var form = root.querySelector("form");
  var input = root.querySelector("input[name=q]");
  var level = root.querySelector("select[name=level]");
  var topic = root.querySelector("select[name=topic]");
  var status = root.querySelector(".md-search-result__meta");
  var list = root.querySelector(".md-search-result__list");
  var SHOWN = 10;
  var engine = null;
  var latest = 0;

  function load() {
    if (!engine) {
      engine = import(new URL("pagefind/pagefind.js", base).href).then(function (pagefind) {
        return pagefind.options({ baseUrl: base.pathname, excerptLength: 0 }).then(function () {
          return pagefind.init().then(function () { return pagefind; });
        });
      });
      engine.catch(function () { engine = null; });   // a failed load is tried again next time
    }
    return engine;
  }

  /* Words that every question title has: "what is g" means "g". Kept when nothing else is left. */
  var FILLER = /^(what|whats|is|are|was|how|do|does|did|why|when|which|who|the|a|an|in|on|of|for|to|and|or|you|your|i|my|can|should|with|it|its|vs|versus)$/i;

  /* Brackets and quotes go ("abort(404)", "url_for()"); filler words go when others remain. */
  function normalise(query) {
    var words = query.replace(/[()[\]{}"'`,?!]/g, " ").split(/\s+/).filter(Boolean);
    var kept = words.filter(function (w) { return !FILLER.test(w); });
    return (kept.length ? kept : words).join(" ");
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }

  function highlight(text, words) {
    var safe = escapeHtml(text);
    if (!words.length) return safe;
    var pattern = new RegExp("\\b(" + words.map(function (w) {
      return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }).join("|") + ")(s|es)?\\b", "gi");
    return safe.replace(pattern, "<mark>$&</mark>");
  }

  function shorten(text, limit) {
    if (text.length <= limit) return text;
    var cut = text.lastIndexOf(" ", limit);
    return text.slice(0, cut > 0 ? cut : limit) + "\u2026";
  }

  function levelClass(name) {
    return "fih-level fih-level--" + name.toLowerCase();
  }

  function render(items, total, query) {
    var words = normalise(query).toLowerCase().split(/[^\w+.-]+/).filter(function (w) { return w.length > 1; });
    list.innerHTML = items.map(function (item) {
      var meta = item.meta || {};
      return '<li class="md-search-result__item"><a class="md-search-result__link" href="' + escapeHtml(item.url) +
        '" data-question="' + escapeHtml(meta.id || "") + '"><article class="md-search-result__article md-typeset">' +
        "<h1>" + highlight(meta.title || "", words) + "</h1>" +
        '<p class="fih-search-where"><span class="' + levelClass(meta.level || "guide") + '">' +
        escapeHtml(meta.level || "") + "</span> " + escapeHtml(meta.topic || "") + "</p>" +
        "<p>" + highlight(shorten(meta.short || "", 220), words) + "</p></article></a></li>";
    }).join("");
    list.setAttribute("data-query", query);    // what these results answer (the tests wait on it)
    if (!total) status.textContent = "No question matches \u201c" + query + "\u201d. Try fewer or other words.";
    else status.textContent = total === 1 ? "1 matching question" : total + " matching questions" +
      (total > items.length ? ", the first " + items.length + " shown" : "");
  }

  function filters() {
    var chosen = {};
    if (level.value) chosen.level = level.value;
    if (topic.value) chosen.topic = topic.value;
    return chosen;
  }

  function search() {
    var query = input.value.trim();
    var mine = ++latest;
    if (!query) {
      list.innerHTML = "";
      status.textContent = "Type to search every question.";
      return Promise.resolve();
    }
    return load().then(function (pagefind) {
      return pagefind.search(normalise(query), { filters: filters() });
    }).then(function (found) {
      if (mine !== latest) return;
      return Promise.all(found.results.slice(0, SHOWN).map(function (r) { return r.data(); })).then(function (items) {
        if (mine === latest) render(items, found.results.length, query);
      });
    }).catch(function () {
      if (mine === latest) status.textContent = "Search could not load. Check the connection and try again.";
    });
  }

  var timer = 0;
  function soon() {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  }

  function open() {
    if (!toggle.checked) {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
    load();
  }

  function close() {
    toggle.checked = false;
    toggle.dispatchEvent(new Event("change"));
    input.blur();
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll(".md-search-result__link"));
  }

  input.addEventListener("focus", open);
  input.addEventListener("input", function () { open(); soon(); });
  level.addEventListener("change", search);
  topic.addEventListener("change", search);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = links()[0];
    if (first) location.href = first.href;
  });
  form.addEventListener("reset", function () {
    setTimeout(function () { search(); input.focus(); });
  });
  toggle.addEventListener("change", function () {
    if (toggle.checked && document.activeElement !== input) input.focus();
  });
  list.addEventListener("click", function (event) {
    if (event.target.closest(".md-search-result__link")) close();
  });

  root.addEventListener("keydown", function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!all.length || (at < 0 && document.activeElement !== input)) return;
      event.preventDefault();
      var next = event.key === "ArrowDown" ? at + 1 : at - 1;
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)].focus();
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    event.preventDefault();
    open();
    input.focus();
  });

  /* ?q=words (the 404 page links here): open the search with those words. */
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) {
    input.value = asked;
    open();
    input.focus();
    search();
  }
})();
