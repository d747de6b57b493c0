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
  var level = root.querySelector("select[name=search-level]");
  var topic = root.querySelector("select[name=search-topic]");
  var status = root.querySelector(".md-search-result__meta");
  var list = root.querySelector(".md-search-result__list");
  var SHOWN = 10;
  var OFFLINE = "You are offline. Search fetches the index for each new word; words searched before still work.";
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
      loadWords();
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

  function render(items, total, query, corrected) {
    var words = normalise(corrected || query).toLowerCase().split(/[^\w+.-]+/).filter(function (w) { return w.length > 1; });
    list.innerHTML = items.map(function (item) {
      var meta = item.meta || {};
      var href = meta.link ? base.pathname + meta.link : item.url;   // the question's anchor
      return '<li class="md-search-result__item"><a class="md-search-result__link" href="' + escapeHtml(href) +
        '" data-question="' + escapeHtml(meta.id || "") + '"><article class="md-search-result__article md-typeset">' +
        "<h1>" + highlight(meta.title || "", words) + "</h1>" +
        '<p class="fih-search-where"><span class="' + levelClass(meta.level || "guide") + '">' +
        escapeHtml(meta.level || "") + "</span> " + escapeHtml(meta.topic || "") + "</p>" +
        "<p>" + highlight(shorten(meta.short || "", 220), words) + "</p></article></a></li>";
    }).join("");
    list.setAttribute("data-query", query);    // what these results answer (the tests wait on it)
    list.setAttribute("data-filters", level.value + "|" + topic.value);
    var note = corrected ? " for \u201c" + corrected + "\u201d" : "";
    if (!total && navigator.onLine === false) status.textContent = OFFLINE;
    else if (!total) status.textContent = "No question matches \u201c" + query + "\u201d. Try fewer or other words.";
    else status.textContent = (total === 1 ? "1 matching question" : total + " matching questions") + note +
      (total > items.length ? ", the first " + items.length + " shown" : "");
  }

  function filters() {
    var chosen = {};
    if (level.value) chosen.level = level.value;
    if (topic.value) chosen.topic = topic.value;
    return chosen;
  }

  /* The index's words (pagefind/words.json), loaded with the engine. */
  var vocabulary = null;
  function loadWords() {
    if (!vocabulary) {
      vocabulary = fetch(new URL("pagefind/words.json", base)).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      });
      vocabulary.catch(function () { vocabulary = null; });
    }
    return vocabulary;
  }

  /* Edit distance with transpositions, giving up above ``limit``. */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var rows = [];
    for (var i = 0; i <= a.length; i++) {
      rows.push([i]);
      var best = i;
      for (var j = 1; j <= b.length; j++) {
        if (i === 0) { rows[0].push(j); continue; }
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
        rows[i].push(d);
        best = Math.min(best, d);
      }
      if (i > 0 && best > limit) return limit + 1;
    }
    return rows[a.length][b.length];
  }

  /* A misspelt word becomes the nearest known word: one edit for short words, two for long ones.
     Identifiers and numbers stay as typed. */
  function correct(word, known) {
    var w = word.toLowerCase();
    if (w.length < 4 || /[^a-z]/.test(w)) return word;
    if (known.some(function (k) { return k.indexOf(w) === 0; })) return word;
    var limit = w.length < 7 ? 1 : 2, best = word, bestScore = limit + 1;
    known.forEach(function (k) {
      var d = distance(w, k, limit);
      if (d < bestScore || (d === bestScore && best !== word && k.length < best.length)) {
        best = k;
        bestScore = d;
      }
    });
    return best;
  }

  /* Every word alone, merged: questions matching more of the words first. */
  async function anyWord(pagefind, words, options) {
    var merged = {};
    for (var i = 0; i < words.length; i++) {
      var found = await pagefind.search(words[i], options);
      found.results.forEach(function (r) {
        var m = merged[r.id] || (merged[r.id] = { result: r, hits: 0, score: 0 });
        m.hits += 1;
        m.score += r.score;
      });
    }
    return Object.keys(merged).map(function (id) { return merged[id]; }).sort(function (a, b) {
      return b.hits - a.hits || b.score - a.score;
    }).map(function (m) { return m.result; });
  }

  /* Misspellings corrected first (a word no indexed word starts with); questions matching every
     word first, then, when they are few, those matching most of the words. */
  async function find(pagefind, query) {
    var options = { filters: filters() };
    var known = await loadWords().catch(function () { return []; });
    var fixed = query.split(" ").map(function (w) { return correct(w, known); }).join(" ");
    var results = (await pagefind.search(fixed, options)).results;
    var words = fixed.split(" ");
    if (results.length < SHOWN && words.length > 1) {   // few match every word: add those matching most
      var seen = {};
      results.forEach(function (r) { seen[r.id] = true; });
      results = results.concat((await anyWord(pagefind, words, options)).filter(function (r) { return !seen[r.id]; }));
    }
    return { results: results, corrected: fixed !== query ? fixed : "" };
  }

  async function search() {
    var query = input.value.trim();
    var mine = ++latest;
    if (!query) {
      list.innerHTML = "";
      list.removeAttribute("data-query");
      status.textContent = "Type to search every question.";
      return;
    }
    try {
      var pagefind = await load();
      var found = await find(pagefind, normalise(query));
      if (mine !== latest) return;
      var items = await Promise.all(found.results.slice(0, SHOWN).map(function (r) { return r.data(); }));
      if (mine !== latest) return;
      render(items, found.results.length, query, found.corrected);
    } catch (error) {
      if (mine !== latest) return;
      status.textContent = navigator.onLine === false ? OFFLINE
        : "Search could not load. Check the connection and try again.";
    }
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
