/* newsbrief report: a citation pill highlights every span of its group and scrolls to the cited source. */
(function () {
  "use strict";
  var KEY = /^[a-z][a-z0-9]*$/;
  var NUM = /^[0-9]+$/;
  var back = document.querySelector("button.back");
  var origin = null;

  function motion() {
    var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    return reduce ? "auto" : "smooth";
  }

  function clear() {
    document.querySelectorAll(".ev.hl").forEach(function (el) { el.classList.remove("hl"); });
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    document.querySelectorAll("a.cite[aria-current]").forEach(function (el) { el.removeAttribute("aria-current"); });
    if (back) { back.hidden = true; }
  }

  function show(link) {
    var key = link.getAttribute("data-ev") || "";
    var n = link.getAttribute("data-src") || "";
    if (!KEY.test(key) || !NUM.test(n)) { return false; }
    var selector = '.ev[data-ev~="' + key + '"]';
    var marks = document.querySelectorAll(selector);
    if (!marks.length) { return false; }
    clear();
    marks.forEach(function (el) { el.classList.add("hl"); });
    link.setAttribute("aria-current", "true");
    origin = link.closest("[data-origin]");
    if (origin) { origin.classList.add("active"); }
    var source = document.getElementById("src-" + n);
    var target = (source && source.querySelector(selector)) || marks[0];
    target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center", behavior: motion() });
    if (back && origin) { back.hidden = false; }
    return true;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.cite[data-ev]") : null;
    if (link && show(link)) { event.preventDefault(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { clear(); }
  });
  if (back) {
    back.addEventListener("click", function () {
      var here = origin;
      back.hidden = true;
      if (here) {
        here.scrollIntoView({ block: "center", behavior: motion() });
        var pill = here.querySelector("a.cite[aria-current]") || here.querySelector("a.cite");
        if (pill) { pill.focus({ preventScroll: true }); }
      }
    });
  }
}());
