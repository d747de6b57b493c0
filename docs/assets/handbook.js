/* Flask Interview Handbook: answer links, copy link, expand/collapse all, print.
 * Progressive enhancement only: without JavaScript every answer still opens by hand,
 * and every "Copy link" is a plain link to the answer's permanent address. */
(function () {
  "use strict";

  var QUESTION = "h3[data-question]";

  function isSolution(details) {
    var summary = details.querySelector("summary");
    return !!summary && summary.textContent.trim() === "Solution";
  }

  function answersOf(heading) {
    var blocks = [];
    for (var el = heading.nextElementSibling; el && !/^H[1-3]$/.test(el.tagName); el = el.nextElementSibling) {
      if (el.tagName === "DETAILS") blocks.push(el);
    }
    return blocks;
  }

  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var target = document.getElementById(id);
    if (!target) return forwardUnknown(id);
    if (target.classList.contains("fih-alias")) {
      target = target.nextElementSibling;
    }
    if (target.matches(QUESTION)) {
      var answer = answersOf(target).filter(function (d) { return d.classList.contains("answer"); })[0];
      // An exercise's answer is its solution: a link to the exercise must not give it away.
      if (answer && !isSolution(answer)) answer.open = true;
    }
    for (var d = target.closest("details"); d; d = d.parentElement.closest("details")) d.open = true;
    target.scrollIntoView();
  }

  /* A question that moved to another page: its old #anchor still resolves through /q/<id>/. */
  function forwardUnknown(id) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || typeof __md_scope === "undefined") return;
    var permalink = new URL("q/" + id + "/", __md_scope);
    fetch(permalink, { method: "HEAD" }).then(function (response) {
      if (response.ok) location.replace(permalink);
    }).catch(function () {});
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = document.execCommand("copy");
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  document.addEventListener("click", function (event) {
    var copy = event.target.closest(".fih-copy");
    if (copy) {
      event.preventDefault();
      copyText(copy.getAttribute("data-link")).then(function () {
        copy.textContent = "Link copied";
        copy.classList.add("fih-copy--done");
        setTimeout(function () {
          copy.textContent = "Copy link";
          copy.classList.remove("fih-copy--done");
        }, 2000);
      }, function () {
        location.href = copy.href;
      });
      return;
    }
    var toggle = event.target.closest("[data-fih-expand]");
    if (toggle) {
      var open = toggle.getAttribute("data-fih-expand") === "open";
      document.querySelectorAll(".md-content details").forEach(function (d) { d.open = open; });
    }
  });

  /* Code tabs live in small pages of their own (scripts/deferred_code.py) and are fetched when
   * their answer opens. A failed fetch leaves the link, which opens the code page itself. */
  var codeCount = 0;
  function loadCode(root) {
    loadSlots(root.querySelectorAll(".fih-code[data-fih-code]"));
  }
  function loadSlots(slots) {
    Array.prototype.forEach.call(slots, function (slot) {
      var url = slot.getAttribute("data-fih-code");
      slot.removeAttribute("data-fih-code");
      slot.setAttribute("aria-busy", "true");
      fetch(url).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      }).then(function (text) {
        var tabs = new DOMParser().parseFromString(text, "text/html").querySelector(".tabbed-set");
        if (!tabs) throw new Error("no code in " + url);
        tabs.querySelectorAll(".highlight > pre").forEach(function (pre) {
          pre.id = "fih-code-" + codeCount++;
          var nav = document.createElement("nav");
          nav.className = "md-code__nav";
          nav.innerHTML = '<button class="md-code__button" title="Copy to clipboard" data-md-type="copy"></button>';
          nav.firstChild.setAttribute("data-clipboard-target", "#" + pre.id + " > code");
          pre.insertBefore(nav, pre.querySelector("code"));
          pre.querySelector("code").setAttribute("tabindex", "0");
        });
        slot.replaceWith(document.importNode(tabs, true));
      }).catch(function () {
        slot.setAttribute("data-fih-code", url);
        slot.removeAttribute("aria-busy");
      });
    });
  }
  document.addEventListener("toggle", function (event) {
    if (event.target.tagName === "DETAILS" && event.target.open) loadCode(event.target);
  }, true);
  // Code that is visible from the start (an exercise's starter code, an answer opened by a link).
  loadSlots(Array.prototype.filter.call(document.querySelectorAll(".fih-code[data-fih-code]"), function (slot) {
    return !slot.closest("details:not([open])");
  }));

  /* Print every answer expanded, then put the page back as the reader left it. */
  var closedBeforePrint = [];
  window.addEventListener("beforeprint", function () {
    closedBeforePrint = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    closedBeforePrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closedBeforePrint.forEach(function (d) { d.open = false; });
    closedBeforePrint = [];
  });

  window.addEventListener("hashchange", openTarget);
  openTarget();
})();

/* Practice mode (practice.md): random questions filtered by level and topic, from the data the
 * build embeds in the page, so it needs no network once loaded. */
(function () {
  "use strict";

  var root = document.getElementById("fih-practice");
  var source = document.getElementById("fih-practice-data");
  if (!root || !source) return;
  var data = JSON.parse(source.textContent);
  var form = root.querySelector("form");
  var status = root.querySelector(".fih-practice__status");
  var card = root.querySelector(".fih-practice__card");
  var heading = root.querySelector("#fih-practice-question");
  var meta = root.querySelector(".fih-practice__meta");
  var answer = root.querySelector(".fih-practice__answer");
  var reveal = root.querySelector("[data-practice=reveal]");
  var bag = [];
  var position = 0;
  var round = 1;

  function fill(select, entries) {
    Object.keys(entries).forEach(function (key) {
      var option = document.createElement("option");
      option.value = key;
      option.textContent = entries[key];
      select.appendChild(option);
    });
  }

  function shuffled(items) {
    var copy = items.slice();
    for (var i = copy.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = copy[i]; copy[i] = copy[j]; copy[j] = swap;
    }
    return copy;
  }

  function matching() {
    var level = form.level.value, topic = form.topic.value;
    return data.questions.filter(function (q) {
      return (!level || q.level === level) && (!topic || q.topic === topic);
    });
  }

  function show() {
    var q = bag[position];
    card.hidden = !q;
    if (!q) {
      status.textContent = "No question matches this level and topic yet. Choose another combination.";
      return;
    }
    root.setAttribute("data-question-id", q.id);
    meta.textContent = data.levels[q.level] + " · " + data.topics[q.topic];
    heading.innerHTML = q.title;
    answer.hidden = true;
    answer.querySelector(".fih-practice__short").innerHTML = q.short;
    answer.querySelector(".fih-practice__link").href = q.url;
    reveal.textContent = "Show the short answer";
    reveal.setAttribute("aria-expanded", "false");
    status.textContent = "Question " + (position + 1) + " of " + bag.length +
      (round > 1 ? " (round " + round + ")" : "") + " in this selection.";
  }

  function restart() {
    bag = shuffled(matching());
    position = 0;
    round = 1;
    var params = new URLSearchParams(location.search);
    ["level", "topic"].forEach(function (name) {
      if (form[name].value) params.set(name, form[name].value); else params.delete(name);
    });
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
    show();
  }

  fill(form.level, data.levels);
  var topics = {};
  data.questions.forEach(function (q) { topics[q.topic] = data.topics[q.topic]; });
  fill(form.topic, topics);
  var params = new URLSearchParams(location.search);
  ["level", "topic"].forEach(function (name) {
    var wanted = params.get(name);
    if (wanted && form[name].querySelector('option[value="' + CSS.escape(wanted) + '"]')) form[name].value = wanted;
  });

  form.addEventListener("change", restart);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  root.addEventListener("click", function (event) {
    var action = event.target.closest("[data-practice]");
    if (!action) return;
    if (action.getAttribute("data-practice") === "reveal") {
      answer.hidden = !answer.hidden;
      reveal.textContent = answer.hidden ? "Show the short answer" : "Hide the short answer";
      reveal.setAttribute("aria-expanded", String(!answer.hidden));
      return;
    }
    position += 1;
    if (position >= bag.length) {
      var last = bag[bag.length - 1];
      bag = shuffled(bag);
      if (bag.length > 1 && bag[0] === last) bag.push(bag.shift());
      position = 0;
      round += 1;
    }
    show();
    heading.focus();
  });
  root.hidden = false;
  restart();
})();

/* Printable sheets: a print button that needs JavaScript, so it is shown only with it. */
document.querySelectorAll(".fih-print[hidden]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
