/* Flask Interview Handbook: answer links, copy link, expand/collapse all, print.
 * Progressive enhancement only: without JavaScript every answer still opens by hand,
 * and every "Copy link" is a plain link to the answer's permanent address. */
(function () {
  "use strict";

  var QUESTION = "h3[data-question]";

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
      if (answer) answer.open = true;
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

  document.querySelectorAll(".fih-toolbar[hidden]").forEach(function (bar) { bar.hidden = false; });
  window.addEventListener("hashchange", openTarget);
  openTarget();
})();
