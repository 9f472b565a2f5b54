/* newsbrief page. Every element is built with textContent: nothing from an article or a server message
   is ever parsed as HTML here. Reports go into sandboxed iframes through srcdoc (no same-origin). */
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  function showError(box, err) {
    box.textContent = "";
    box.appendChild(el("b", err.title || "Something went wrong"));
    box.appendChild(el("span", err.message || String(err)));
    box.hidden = false;
    box.scrollIntoView({ block: "nearest" });
  }

  var TITLES = {
    422: "Please check the input", 413: "Too much input", 503: "The server is busy or the brief took too long",
    403: "Not allowed on this server", 502: "A link could not be fetched", 404: "Not found"
  };

  /* Fetch JSON or text; an error answer becomes {title, message} from the server's JSON. */
  function request(url, options, as) {
    return fetch(url, options).then(function (response) {
      if (response.ok) { return as === "text" ? response.text() : response.json(); }
      return response.text().then(function (body) {
        var message = "The server answered " + response.status + ".";
        try { var doc = JSON.parse(body); if (doc && doc.message) { message = doc.message; } } catch (e) { /* not JSON */ }
        var err = new Error(message);
        err.title = TITLES[response.status] || ("Error " + response.status);
        throw err;
      });
    }, function () {
      var err = new Error("Could not reach the newsbrief server. Is it still running?");
      err.title = "No connection";
      throw err;
    });
  }

  /* ---- tabs ---- */
  function selectTab(name) {
    var brief = name !== "stories";
    $("tab-brief").setAttribute("aria-selected", String(brief));
    $("tab-stories").setAttribute("aria-selected", String(!brief));
    $("brief-mode").hidden = !brief;
    $("stories-mode").hidden = brief;
  }
  $("tab-brief").addEventListener("click", function () { selectTab("brief"); history.replaceState(null, "", "#brief"); });
  $("tab-stories").addEventListener("click", function () { selectTab("stories"); history.replaceState(null, "", "#stories"); });
  function fromHash() { selectTab(location.hash === "#stories" ? "stories" : "brief"); }
  window.addEventListener("hashchange", fromHash);
  fromHash();

  /* ---- brief mode: article cards ---- */
  var list = $("articles");
  var template = $("article-template");

  function renumber() {
    var cards = list.querySelectorAll(".article");
    cards.forEach(function (card, i) {
      card.querySelector(".n").textContent = String(i + 1);
      card.querySelector("textarea").setAttribute("aria-label", "Text of article " + (i + 1));
      card.querySelector(".remove").hidden = cards.length <= 2;
    });
  }

  function addArticle(focus) {
    var card = template.content.firstElementChild.cloneNode(true);
    card.querySelector(".remove").addEventListener("click", function () { card.remove(); renumber(); });
    list.appendChild(card);
    renumber();
    if (focus) { card.querySelector("textarea").focus(); }
    return card;
  }
  addArticle(false);
  addArticle(false);
  $("add-article").addEventListener("click", function () { addArticle(true); });

  /* ---- files: read in the browser; the name is only shown, never sent ---- */
  var files = [];  // {name, kind: "article" | "jsonl", text}

  function renderFiles() {
    var ul = $("file-list");
    ul.textContent = "";
    files.forEach(function (f, i) {
      var li = el("li", f.name + " ");
      var remove = el("button", "×", "remove");
      remove.type = "button";
      remove.setAttribute("aria-label", "Remove " + f.name);
      remove.addEventListener("click", function () { files.splice(i, 1); renderFiles(); });
      li.appendChild(remove);
      ul.appendChild(li);
    });
  }

  function addFiles(fileList) {
    var reads = Array.prototype.map.call(fileList, function (file) {
      return file.text().then(function (text) {
        var jsonl = /\.(jsonl|ndjson)$/i.test(file.name);
        files.push({ name: file.name, kind: jsonl ? "jsonl" : "article", text: text });
      });
    });
    return Promise.all(reads).then(renderFiles);
  }

  function dropZone(zone, onFiles) {
    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (event) { event.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) { onFiles(event.dataTransfer.files); }
    });
  }
  $("files").addEventListener("change", function (event) { addFiles(event.target.files); event.target.value = ""; });
  dropZone($("drop"), addFiles);

  /* ---- brief mode: submit ---- */
  var download = null;

  function collect() {
    var articles = [];
    list.querySelectorAll(".article").forEach(function (card) {
      var get = function (name) { var v = card.querySelector("[name=" + name + "]").value.trim(); return v || null; };
      var text = card.querySelector("textarea").value;
      var article = { text: text.trim() ? text : null, title: get("title"), outlet: get("outlet"),
                      published: get("published"), url: get("url") };
      if (article.text || article.url) { articles.push(article); }
    });
    files.forEach(function (f) { if (f.kind === "article") { articles.push({ text: f.text }); } });
    var jsonl = files.filter(function (f) { return f.kind === "jsonl"; }).map(function (f) { return f.text; }).join("\n");
    return { articles: articles, jsonl: jsonl || null };
  }

  function showReport(frame, html) {
    frame.srcdoc = html;  // sandbox="allow-scripts" without allow-same-origin: an opaque origin
  }

  $("brief-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var box = $("error");
    box.hidden = true;
    var input = collect();
    if (!input.jsonl && input.articles.length < 2) {
      showError(box, { title: "Please check the input",
        message: "Paste or drop at least two reports of the same story: a brief compares its sources." });
      return;
    }
    var body = { articles: input.articles, jsonl: input.jsonl, words: Number($("words").value),
                 analysis: $("analysis").checked, format: "html" };
    var button = $("submit");
    button.disabled = true;
    $("status").textContent = "Briefing " + (input.articles.length || "the") + " articles…";
    request("/api/brief", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }, "text")
      .then(function (html) {
        $("result").hidden = false;
        showReport($("report"), html);
        if (download) { URL.revokeObjectURL(download); }
        download = URL.createObjectURL(new Blob([html], { type: "text/html" }));
        $("download").href = download;
        $("status").textContent = "Done.";
        $("result").scrollIntoView({ behavior: "smooth", block: "start" });
      })
      .catch(function (err) { $("status").textContent = ""; showError(box, err); })
      .then(function () { button.disabled = false; });
  });

  /* ---- stories mode ---- */
  var feed = null;
  var job = null;
  var timer = null;
  var shown = -1;

  function setFeed(fileList) {
    if (!fileList.length) { return; }
    feed = fileList[0];
    $("feed-name").textContent = feed.name + " (" + Math.max(1, Math.round(feed.size / 1000)) + " kB)";
  }
  $("feed").addEventListener("change", function (event) { setFeed(event.target.files); });
  dropZone($("feed-drop"), setFeed);

  var COUNT_NAMES = [["lines", "lines read"], ["articles", "articles"], ["duplicates", "copies dropped"],
                     ["rejected", "bad lines"], ["stories", "stories"], ["briefed", "briefed"]];

  function renderJob(state) {
    $("job").hidden = false;
    $("progress").value = state.progress;
    $("percent").textContent = Math.round(state.progress * 100) + "%";
    var phase = state.state === "running" ? state.phase : state.state;
    if (state.state === "failed" && state.error) { phase = "failed: " + state.error; }
    $("phase").textContent = phase.charAt(0).toUpperCase() + phase.slice(1) + " · " + state.seconds + " s";
    var dl = $("counts");
    dl.textContent = "";
    COUNT_NAMES.forEach(function (pair) {
      var div = el("div");
      div.appendChild(el("dt", pair[1]));
      div.appendChild(el("dd", (state.counts[pair[0]] || 0).toLocaleString()));
      dl.appendChild(div);
    });
    var rejects = $("reject-list");
    rejects.textContent = "";
    state.rejects.forEach(function (r) { rejects.appendChild(el("li", r.message)); });
    $("rejects").hidden = !state.rejects.length;
  }

  function storyItem(story) {
    var li = el("li");
    li.appendChild(el("div", story.title || story.summary || story.id, "title"));
    if (story.summary && story.title) { li.appendChild(el("p", story.summary, "first")); }
    var info = el("div", null, "info");
    info.appendChild(el("span", story.n_articles + " article" + (story.n_articles === 1 ? "" : "s")));
    if (story.duplicates.length) { info.appendChild(el("span", story.duplicates.length + " copies")); }
    var dates = [story.first_published, story.last_published].filter(Boolean);
    if (dates.length) { info.appendChild(el("span", dates[0] === dates[dates.length - 1] ? dates[0] : dates.join(" – "))); }
    if (story.briefed) {
      var open = el("button", "Read the brief", "ghost");
      open.type = "button";
      open.addEventListener("click", function () { openStory(story); });
      info.appendChild(open);
    } else if (story.note) {
      info.appendChild(el("span", story.note));
    }
    li.appendChild(info);
    return li;
  }

  function refreshIndex(force) {
    if (!job) { return Promise.resolve(); }
    var only = $("only-briefed").checked;
    return request("/api/jobs/" + encodeURIComponent(job) + "/stories?limit=200&briefed=" + only, {}, "json")
      .then(function (index) {
        if (!force && index.total === shown) { return; }
        shown = index.total;
        $("index").hidden = false;
        $("story-total").textContent = "(" + index.total + (index.total > index.stories.length ? ", first " + index.stories.length + " shown" : "") + ")";
        var ol = $("story-list");
        ol.textContent = "";
        index.stories.forEach(function (story) { ol.appendChild(storyItem(story)); });
      });
  }
  $("only-briefed").addEventListener("change", function () { refreshIndex(true); });

  function openStory(story) {
    request(story.links.html, {}, "text").then(function (html) {
      $("story-heading").textContent = story.title || story.id;
      $("story-result").hidden = false;
      $("index").hidden = true;
      showReport($("story-report"), html);
      $("story-result").scrollIntoView({ block: "start" });
    }).catch(function (err) { showError($("stories-error"), err); });
  }
  $("back").addEventListener("click", function () {
    $("story-result").hidden = true;
    $("index").hidden = false;
  });

  function poll() {
    request("/api/jobs/" + encodeURIComponent(job), {}, "json").then(function (state) {
      renderJob(state);
      var running = state.state === "queued" || state.state === "running";
      $("cancel").hidden = !running;
      $("start").disabled = running;
      return refreshIndex(!running).then(function () {
        if (running) { timer = setTimeout(poll, 800); }
      });
    }).catch(function (err) { $("start").disabled = false; showError($("stories-error"), err); });
  }

  $("stories-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var box = $("stories-error");
    box.hidden = true;
    if (!feed) { showError(box, { title: "Please choose a feed", message: "Drop or choose a .jsonl file first." }); return; }
    if (timer) { clearTimeout(timer); }
    // summaries and support only: analysis of every story would keep an editor waiting for minutes
    var query = "?words=" + Number($("story-words").value) + "&min_articles=" + Number($("min-articles").value) + "&analysis=false";
    $("start").disabled = true;
    $("story-result").hidden = true;
    $("story-list").textContent = "";
    shown = -1;
    request("/api/stories" + query, { method: "POST", headers: { "Content-Type": "application/x-ndjson" }, body: feed }, "json")
      .then(function (state) { job = state.id; renderJob(state); poll(); })
      .catch(function (err) { $("start").disabled = false; showError(box, err); });
  });
  $("cancel").addEventListener("click", function () {
    if (job) { request("/api/jobs/" + encodeURIComponent(job), { method: "DELETE" }, "json").catch(function () {}); }
  });
}());
