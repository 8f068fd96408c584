/* Khatt: search, topic filters and the copy button. No dependencies; works from file:// too.
   The site works without it except search. */
(function () {
  "use strict";

  /* ---- Arabic matching keys: a port of khatt.arabic.ArabicText.matchKeys (Lucene's Arabic
     normalization and light stemmer plus Khatt's rules). A test checks both give the same keys. ---- */
  var PREFIXES = ["\u0627\u0644", "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644", "\u0644\u0644", "\u0648"];
  var SUFFIXES = ["\u0647\u0627", "\u0627\u0646", "\u0627\u062a", "\u0648\u0646", "\u064a\u0646", "\u064a\u0647", "\u064a\u0629", "\u0647", "\u0629", "\u064a"];
  var DIGIT_ZEROS = [0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0xff10];
  var WORD = /[\p{L}\p{M}\p{N}\p{Pc}]+(?:['\u2019.\u00b7][\p{L}\p{M}\p{N}\p{Pc}]+)*/gu;

  function normalize(word) {
    var out = "";
    for (var i = 0; i < word.length; i++) {
      var c = word.charCodeAt(i);
      if (c === 0x622 || c === 0x623 || c === 0x625) { out += "\u0627"; }
      else if (c === 0x649) { out += "\u064a"; }
      else if (c === 0x629) { out += "\u0647"; }
      else if (c === 0x640 || (c >= 0x64b && c <= 0x652)) { /* tatweel and harakat: dropped */ }
      else if (c === 0x624 || c === 0x626) { out += "\u0621"; } /* hamza seats, as ArabicText folds them */
      else { out += digit(c); }
    }
    return out;
  }

  function digit(c) {
    for (var i = 0; i < DIGIT_ZEROS.length; i++) {
      if (c >= DIGIT_ZEROS[i] && c <= DIGIT_ZEROS[i] + 9) { return String(c - DIGIT_ZEROS[i]); }
    }
    return String.fromCharCode(c);
  }

  function stemPrefix(s) {
    for (var i = 0; i < PREFIXES.length; i++) {
      var p = PREFIXES[i];
      if (p.length === 1 && s.length < 4) { continue; }
      if (s.length < p.length + 2) { continue; }
      if (s.lastIndexOf(p, 0) === 0) { return s.substring(p.length); }
    }
    return s;
  }

  function stem(s) {
    var once = stemPrefix(s);
    if (once.length < s.length) { once = stemPrefix(once); }
    for (var i = 0; i < SUFFIXES.length; i++) {
      var x = SUFFIXES[i];
      if (once.length >= x.length + 2 && once.substring(once.length - x.length) === x) {
        once = once.substring(0, once.length - x.length);
      }
    }
    return once;
  }

  function matchKeys(text) {
    var words = String(text).replace(/\u200c/g, " ").toLowerCase().match(WORD) || [];
    return words.map(function (w) { return stem(normalize(w)); });
  }

  /* ---- Search: the index is scripts that call back into window.khattSearch. ---- */
  var root = document.body ? document.body.getAttribute("data-root") || "" : "";
  var index = { head: null, chunks: {}, common: {}, shards: {}, available: {}, waiting: {} };
  var pending = null;
  var SHOWN = 30;

  function load(src) {
    var script = document.createElement("script");
    script.src = root + src;
    script.onerror = function () { status("تعذّر تحميل فهرس البحث."); };
    document.head.appendChild(script);
  }

  window.khattSearch = {
    matchKeys: matchKeys,
    events: function (data) {
      index.head = data;
      data.common.forEach(function (t) { index.common[t] = true; });
      data.shards.forEach(function (s) { index.available[s] = true; });
      run();
    },
    shard: function (name, terms) {
      index.shards[name] = terms;
      run();
    },
    entries: function (chunk, list) {
      index.chunks[chunk] = list;
      run();
    }
  };

  function shardOf(term) { return term.codePointAt(0).toString(16); }

  function decode(list) {
    var ids = [];
    var at = 0;
    list.split(".").forEach(function (gap) { at += parseInt(gap, 36); ids.push(at); });
    return ids;
  }

  /* The events of a term (or, while it is typed, of every term it begins), in any text or in titles only. */
  function lookup(terms, key, prefix, inTitle) {
    if (!prefix) {
      var exact = terms[inTitle ? key + IN_TITLE : key];
      return exact ? decode(exact) : [];
    }
    var seen = {};
    var found = [];
    Object.keys(terms).forEach(function (term) {
      var titled = term.charAt(term.length - 1) === IN_TITLE;
      if (titled === inTitle && term.lastIndexOf(key, 0) === 0) {
        decode(terms[term]).forEach(function (id) { if (!seen[id]) { seen[id] = true; found.push(id); } });
      }
    });
    return found;
  }

  var input, results, statusLine;

  function status(text) { if (statusLine) { statusLine.textContent = text; } }

  function run() {
    if (pending === null || !index.head) { return; }
    var query = pending;
    var keys = matchKeys(query).filter(function (k, i, all) { return k && !index.common[k] && all.indexOf(k) === i; });
    if (!keys.length) { show([], query.trim() ? "كلمات البحث شائعة جداً؛ أضف كلمة أدق." : ""); return; }
    var missing = false;
    keys.forEach(function (k) {
      var s = shardOf(k);
      if (index.available[s] && !index.shards[s]) {
        missing = true;
        if (!index.waiting[s]) { index.waiting[s] = true; load("search/t-" + s + ".js"); }
      }
    });
    if (missing) { status("جارٍ البحث…"); return; }
    var partial = !/\s$/.test(query);
    var hits = rank(keys, partial);
    var waiting = false;
    hits.slice(0, SHOWN).forEach(function (hit) {
      var chunk = Math.floor(hit.id / index.head.chunk);
      if (!index.chunks[chunk]) {
        waiting = true;
        if (!index.waiting["e" + chunk]) { index.waiting["e" + chunk] = true; load("search/e-" + chunk + ".js"); }
      }
    });
    if (waiting) { status("جارٍ البحث…"); return; }
    show(hits, null, { keys: keys, prefix: partial ? keys[keys.length - 1] : null });
  }

  /* Every event with at least one of the words, best first: more words in its title, then more words
     anywhere (all before some), then newest (events are numbered oldest first). A title's terms are
     indexed again with IN_TITLE after them. */
  var IN_TITLE = "|";

  function rank(keys, partial) {
    var scores = {};
    var found = [];
    keys.forEach(function (k, i) {
      var terms = index.shards[shardOf(k)] || {};
      var prefix = partial && i === keys.length - 1;
      lookup(terms, k, prefix, false).forEach(function (id) {
        if (!scores[id]) { scores[id] = { id: id, title: 0, words: 0 }; found.push(scores[id]); }
        scores[id].words++;
      });
      lookup(terms, k, prefix, true).forEach(function (id) { scores[id].title++; });
    });
    found.forEach(function (hit) { hit.all = hit.words === keys.length; });
    return found.sort(function (a, b) { return b.title - a.title || b.words - a.words || b.id - a.id; });
  }

  function entry(id) {
    return index.chunks[Math.floor(id / index.head.chunk)][id % index.head.chunk];
  }

  /* Numbers as the site writes its dates: Arabic-Indic unless site.yaml says digits: western. */
  var westernDigits = document.body && document.body.getAttribute("data-digits") === "western";

  /* The noun after a count, as Arabic agrees it with the number: ٣ أحداث، ١١ حدثاً، ١٠٠ حدث. */
  function eventsNoun(n) {
    var r = n % 100;
    if (n === 2) { return "حدثين"; }
    if (r >= 3 && r <= 10) { return "أحداث"; }
    if (r >= 11) { return "حدثاً"; }
    return "حدث";
  }

  function digits(n) {
    if (westernDigits) { return String(n); }
    return String(n).replace(/[0-9]/g, function (d) { return String.fromCharCode(0x660 + Number(d)); });
  }

  function countText(n) {
    if (n === 1) { return "نتيجة واحدة"; }
    if (n === 2) { return "نتيجتان"; }
    return digits(n) + (n % 100 >= 3 && n % 100 <= 10 ? " نتائج" : " نتيجة");
  }

  function show(hits, message, query) {
    results.textContent = "";
    results.setAttribute("data-query", pending || "");
    var shown = hits.slice(0, SHOWN);
    shown.forEach(function (hit) {
      var e = entry(hit.id);
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + e[0];
      var title = document.createElement("span");
      title.className = "title";
      var seen = {};
      marked(title, e[1], query, seen);
      a.appendChild(title);
      var date = document.createElement("span");
      date.className = "date";
      date.textContent = e[2];
      a.appendChild(date);
      var context = document.createElement("span");
      context.className = "context";
      marked(context, e[3] || "", query, seen);
      var shownWords = Object.keys(seen).length;
      if (shownWords < hit.words) {
        var where = document.createElement("span");
        where.className = "where";
        where.textContent = shownWords === 0 ? "وردت كلمات البحث في نصوص المقالات." : "وبقية الكلمات في نصوص المقالات.";
        context.appendChild(document.createTextNode(" "));
        context.appendChild(where);
      }
      a.appendChild(context);
      if (!hit.all) {
        var some = document.createElement("span");
        some.className = "some";
        some.textContent = "فيها بعض كلمات البحث فقط.";
        a.appendChild(some);
      }
      li.appendChild(a);
      results.appendChild(li);
    });
    results.hidden = shown.length === 0;
    if (message !== null) { status(message); return; }
    status(hits.length === 0 ? "لا نتائج." : countText(hits.length) + (hits.length > shown.length ? "، تُعرض أول " + digits(SHOWN) + " منها." : "."));
  }

  /* Appends text to the element with the words the query matched in <mark>; notes in seen which of
     the query's keys it showed. */
  function marked(element, text, query, seen) {
    var at = 0;
    var word;
    var words = new RegExp(WORD.source, "gu"); /* its own: matchKeys below uses WORD */
    while ((word = words.exec(text)) !== null) {
      var hit = null;
      matchKeys(word[0]).forEach(function (k) {
        if (query.keys.indexOf(k) >= 0) { hit = k; }
        else if (query.prefix !== null && k.lastIndexOf(query.prefix, 0) === 0) { hit = query.prefix; }
      });
      if (hit === null) { continue; }
      seen[hit] = true;
      element.appendChild(document.createTextNode(text.substring(at, word.index)));
      var mark = document.createElement("mark");
      mark.textContent = word[0];
      element.appendChild(mark);
      at = word.index + word[0].length;
    }
    element.appendChild(document.createTextNode(text.substring(at)));
  }

  function setUpSearch() {
    var box = document.querySelector("[data-search]");
    if (!box) { return; }
    input = box.querySelector("input");
    results = box.querySelector(".search-results");
    statusLine = box.querySelector(".search-status");
    var timer = null;
    function start() {
      if (!index.head && !index.waiting.events) { index.waiting.events = true; load("search/events.js"); }
    }
    input.addEventListener("focus", start);
    input.addEventListener("input", function () {
      start();
      clearTimeout(timer);
      timer = setTimeout(function () {
        pending = input.value;
        if (!pending.trim()) { show([], ""); return; }
        run();
      }, 120);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { input.value = ""; pending = ""; show([], ""); }
      if (event.key === "ArrowDown" && !results.hidden) { event.preventDefault(); results.querySelector("a").focus(); }
    });
    results.addEventListener("keydown", function (event) {
      var li = document.activeElement && document.activeElement.parentNode;
      if (event.key === "ArrowDown" && li && li.nextElementSibling) { event.preventDefault(); li.nextElementSibling.firstChild.focus(); }
      if (event.key === "ArrowUp" && li) { event.preventDefault(); (li.previousElementSibling ? li.previousElementSibling.firstChild : input).focus(); }
    });
  }

  /* ---- Filters on the timeline: combinable topic chips and a from–to month range, kept in the address
     (?topics=a,b&from=2019-05&to=2020-07) so that a shared link shows the same view. ---- */
  function setUpFilters() {
    var bar = document.querySelector("[data-filters]");
    if (!bar) { return; }
    var events = Array.prototype.slice.call(document.querySelectorAll("li.event"));
    var line = bar.querySelector(".filter-status");
    var params = new URLSearchParams(location.search);
    var selected = {};
    (params.get("topics") ? params.get("topics").split(",") : []).forEach(function (t) { if (t) { selected[t] = true; } });
    var buttons = [];
    Array.prototype.forEach.call(bar.querySelectorAll("a[data-topic]"), function (link) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = link.className;
      button.setAttribute("style", link.getAttribute("style"));
      button.textContent = link.textContent;
      button.dataset.topic = link.dataset.topic;
      button.setAttribute("aria-pressed", selected[link.dataset.topic] ? "true" : "false");
      button.addEventListener("click", function () {
        var on = button.getAttribute("aria-pressed") !== "true";
        button.setAttribute("aria-pressed", on ? "true" : "false");
        if (on) { selected[button.dataset.topic] = true; } else { delete selected[button.dataset.topic]; }
        apply(true);
      });
      link.parentNode.replaceChild(button, link);
      buttons.push(button);
    });
    var range = dateRange(bar, params, function () { apply(true); });

    function apply(remember) {
      var wanted = Object.keys(selected);
      var span = range.span();
      var visible = 0;
      events.forEach(function (li) {
        var topics = (li.getAttribute("data-topics") || "").split(" ");
        var month = li.querySelector(".when time").getAttribute("datetime").substring(0, 7);
        var ok = wanted.every(function (t) { return topics.indexOf(t) >= 0; }) && (!span || (month >= span.from && month <= span.to));
        li.hidden = !ok;
        if (ok) { visible++; }
      });
      Array.prototype.forEach.call(document.querySelectorAll(".timeline .month, .timeline .year"), function (section) {
        section.hidden = !section.querySelector("li.event:not([hidden])");
      });
      line.textContent = "";
      if (wanted.length || span) {
        line.appendChild(document.createTextNode("يُعرض " + digits(visible) + " من " + digits(events.length) + " " + eventsNoun(events.length)
          + (wanted.length ? " تتناول كل الموضوعات المختارة" : "") + (span ? " من " + span.fromLabel + " إلى " + span.toLabel : "") + ". "));
        var clear = document.createElement("button");
        clear.type = "button";
        clear.textContent = "إلغاء التصفية";
        clear.addEventListener("click", function () {
          selected = {};
          buttons.forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
          range.reset();
          apply(true);
        });
        line.appendChild(clear);
      }
      var url = new URL(location.href);
      if (wanted.length) { url.searchParams.set("topics", wanted.join(",")); } else { url.searchParams.delete("topics"); }
      ["from", "to"].forEach(function (end) {
        if (span) { url.searchParams.set(end, span[end]); } else { url.searchParams.delete(end); }
      });
      if (remember) {
        try { history.replaceState(null, "", url.pathname + url.search + url.hash); } catch (e) { /* file:// may refuse */ }
      }
      range.elsewhere(span, url.search);
    }
    if (Object.keys(selected).length || range.span()) { apply(false); }
  }

  /* The from–to month selects (hidden without the script: then the year list narrows by date). span() is
     null while they cover every year, else the months from and to as YYYY-MM with their labels. */
  function dateRange(bar, params, changed) {
    var box = bar.querySelector("[data-date-range]");
    var note = bar.querySelector(".range-elsewhere");
    if (!box) { return { span: function () { return null; }, reset: function () {}, elsewhere: function () {} }; }
    box.hidden = false;
    var select = {};
    ["from-month", "from-year", "to-month", "to-year"].forEach(function (name) {
      select[name] = box.querySelector("[data-range=" + name + "]");
    });
    var years = select["from-year"].options;
    function set(end, value) {
      var parts = /^(\d{4})-(\d{2})$/.exec(value || "");
      if (!parts || !select[end + "-year"].querySelector("option[value='" + parts[1] + "']")
        || !select[end + "-month"].querySelector("option[value='" + parts[2] + "']")) { return false; } /* e.g. ?from=2019-13 */
      select[end + "-year"].value = parts[1];
      select[end + "-month"].value = parts[2];
      return true;
    }
    function reset() {
      set("from", years[0].value + "-01");
      set("to", years[years.length - 1].value + "-12");
    }
    function value(end) { return select[end + "-year"].value + "-" + select[end + "-month"].value; }
    function label(end) {
      return select[end + "-month"].selectedOptions[0].textContent + " " + select[end + "-year"].selectedOptions[0].textContent;
    }
    reset();
    set("from", params.get("from"));
    set("to", params.get("to"));
    Object.keys(select).forEach(function (name) {
      select[name].addEventListener("change", function () {
        if (value("from") > value("to")) { /* the reader moved one end past the other: they meet */
          set(name.indexOf("from") === 0 ? "to" : "from", value(name.substring(0, name.indexOf("-"))));
        }
        changed();
      });
    });
    function span() {
      var from = value("from"), to = value("to");
      if (from === years[0].value + "-01" && to === years[years.length - 1].value + "-12") { return null; }
      return { from: from, to: to, fromLabel: label("from"), toLabel: label("to") };
    }
    return { span: span, reset: reset, elsewhere: function (s, search) { yearsElsewhere(note, s, search); } };
  }

  /* When the range reaches past the events this page holds (the first page holds only the latest; a year
     page its year; a long year's month page its month), a line links to the year pages it covers,
     keeping the filters in their addresses. */
  function yearsElsewhere(note, span, search) {
    if (!note) { return; }
    note.textContent = "";
    note.hidden = true;
    if (!span) { return; }
    var current = document.querySelector(".year-nav a[aria-current]");
    var months = Array.prototype.map.call(document.querySelectorAll("li.event .when time"), function (t) {
      return t.getAttribute("datetime").substring(0, 7);
    }).sort();
    var monthPage = /\/(\d{4})\/(\d{2})\/(?:index\.html)?$/.exec(location.pathname);
    var heldFrom = monthPage ? monthPage[1] + "-" + monthPage[2] : current ? yearOf(current) + "-01"
      : document.querySelector(".latest-line") && months.length ? months[0] : "0000-00";
    var heldTo = monthPage ? heldFrom : current ? yearOf(current) + "-12" : "9999-12";
    var links = Array.prototype.filter.call(document.querySelectorAll(".year-nav a"), function (a) {
      var year = yearOf(a);
      return year >= span.from.substring(0, 4) && year <= span.to.substring(0, 4) && (year + "-01" < heldFrom || year + "-12" > heldTo);
    });
    if (!links.length) { return; }
    note.appendChild(document.createTextNode("بعض هذه المدة ليس في هذه الصفحة؛ أحداثها في صفحات السنوات: "));
    links.forEach(function (a, i) {
      var link = document.createElement("a");
      link.href = a.getAttribute("href") + search;
      link.textContent = a.textContent;
      if (i > 0) { note.appendChild(document.createTextNode("، ")); }
      note.appendChild(link);
    });
    note.appendChild(document.createTextNode("."));
    note.hidden = false;
  }

  function yearOf(yearLink) { return (/(\d{4})\/(?:index\.html)?$/.exec(yearLink.getAttribute("href")) || ["", ""])[1]; }

  /* ---- Copy the citation ---- */
  function setUpCopy() {
    Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
      var source = document.getElementById(button.getAttribute("data-copy"));
      var said = button.parentNode.querySelector(".copy-status");
      button.hidden = false;
      button.addEventListener("click", function () {
        var text = source.textContent.trim();
        var copied = button.getAttribute("data-done") || "نُسخ الاستشهاد.";
        function done() { said.textContent = copied; }
        function fallback() {
          var range = document.createRange();
          range.selectNodeContents(source);
          var selection = getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
          said.textContent = document.execCommand && document.execCommand("copy") ? copied : "حُدّد النص؛ انسخه بـ Ctrl+C.";
        }
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(done, fallback);
        } else {
          fallback();
        }
      });
    });
  }

  /* ---- Keyboard: J / K (ت / ن on an Arabic layout: the key's place, not its letter) move to the next or
     previous event: on a timeline, focus its title and say which it is; on an event page, open it. ---- */
  function setUpKeys() {
    var said = document.querySelector("[data-keys-status]");
    Array.prototype.forEach.call(document.querySelectorAll("[data-keys-help]"), function (help) { help.hidden = false; });
    var onTimeline = document.querySelector(".timeline li.event");
    document.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || typing(event.target)) { return; }
      var step = event.code === "KeyJ" ? 1 : event.code === "KeyK" ? -1 : 0;
      if (!step) { return; }
      if (onTimeline) { event.preventDefault(); moveOnTimeline(step, said); return; }
      var link = document.querySelector(".neighbours a[rel=" + (step > 0 ? "next" : "prev") + "]");
      if (link) {
        event.preventDefault();
        if (said) { said.textContent = (step > 0 ? "الانتقال إلى الحدث التالي: " : "الانتقال إلى الحدث السابق: ") + link.querySelector("bdi").textContent; }
        location.href = link.href;
      } else if (said) {
        said.textContent = step > 0 ? "هذا آخر الأحداث." : "هذا أول الأحداث.";
      }
    });
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function moveOnTimeline(step, said) {
    var events = Array.prototype.filter.call(document.querySelectorAll(".timeline li.event"), function (li) {
      return !li.hidden && li.offsetParent !== null;
    });
    if (!events.length) { return; }
    var current = document.activeElement && document.activeElement.closest ? document.activeElement.closest("li.event") : null;
    var at = events.indexOf(current);
    var next = at < 0 ? (step > 0 ? 0 : events.length - 1) : at + step;
    if (next < 0 || next >= events.length) {
      if (said) { said.textContent = step > 0 ? "هذا آخر الأحداث." : "هذا أول الأحداث."; }
      return;
    }
    var li = events[next];
    li.querySelector(".title a").focus();
    li.scrollIntoView({ block: "nearest" });
    if (said) {
      said.textContent = "الحدث " + digits(next + 1) + " من " + digits(events.length) + ": "
        + li.querySelector(".title").textContent.trim() + "، " + li.querySelector(".when time").textContent.trim();
    }
  }

  function start() {
    setUpSearch();
    setUpFilters();
    setUpCopy();
    setUpKeys();
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
