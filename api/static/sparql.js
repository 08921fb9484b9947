// SPARQL editor: a small syntax highlighter (textarea over a highlighted copy) and a results table.
(function () {
  "use strict";
  var KEYWORDS = ("SELECT CONSTRUCT DESCRIBE ASK WHERE PREFIX BASE DISTINCT REDUCED FROM NAMED OPTIONAL UNION MINUS " +
    "FILTER BIND VALUES GRAPH SERVICE ORDER BY GROUP HAVING LIMIT OFFSET ASC DESC AS EXISTS NOT IN COUNT SUM MIN MAX " +
    "AVG SAMPLE GROUP_CONCAT SEPARATOR STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE REGEX CONTAINS STRSTARTS " +
    "STRENDS LCASE UCASE CONCAT IF COALESCE YEAR SUBSTR STRLEN REPLACE a true false").split(" ");
  var KW = {};
  KEYWORDS.forEach(function (k) { KW[k.toUpperCase()] = true; });
  var TOKEN = /(#[^\n]*)|("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>"{}|^`\\\s]*>)|([?$][A-Za-z0-9_\u00C0-\uFFFF]+)|([A-Za-z][\w.-]*)?:([\w.-]*)|([A-Za-z_]+)|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

  function esc(s) { return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }

  function highlight(src) {
    var out = "", last = 0, m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(src)) !== null) {
      if (m[0] === "") { TOKEN.lastIndex++; continue; }
      out += esc(src.slice(last, m.index));
      var cls = m[1] ? "comment" : m[2] ? "str" : m[3] ? "iri" : m[4] ? "var" :
        (m[5] !== undefined || m[6] !== undefined) && m[0].indexOf(":") >= 0 ? "pname" :
        m[7] ? (KW[m[7].toUpperCase()] ? "kw" : "") : m[8] ? "num" : "";
      out += cls ? '<span class="tok-' + cls + '">' + esc(m[0]) + "</span>" : esc(m[0]);
      last = m.index + m[0].length;
    }
    return out + esc(src.slice(last)) + "\n";
  }
  window.sparqlHighlight = highlight;

  var area = document.getElementById("query");
  var code = document.getElementById("highlight");
  var status = document.getElementById("status");
  var results = document.getElementById("results");
  if (!area) return;
  function sync() { code.innerHTML = highlight(area.value); }
  area.addEventListener("input", sync);
  sync();

  document.querySelectorAll("[data-example]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      area.value = document.getElementById("example-" + btn.dataset.example).content.textContent;
      sync();
      area.focus();
    });
  });

  // Where a result IRI links to: our own entities to their page, other http(s) IRIs to themselves, and
  // anything else (javascript:, data:, vbscript:, file:, mailto:, urn:, ...) to nothing: it stays text.
  var NS = "https://w3id.org/bufdir-kg/id/";
  function linkHref(iri) {
    if (typeof iri !== "string") return null;
    if (iri.indexOf(NS) === 0) return "/entities/" + iri.slice(NS.length);
    return /^https?:\/\/[^\s]/i.test(iri) && !/[\u0000-\u001f\s]/.test(iri) ? iri : null;
  }
  window.sparqlLinkHref = linkHref;

  function cell(term) {
    if (!term) return document.createTextNode("");
    if (term.type === "uri") {
      var href = linkHref(term.value);
      if (href === null) return document.createTextNode(term.value);
      var a = document.createElement("a");
      a.href = href;
      if (href.charAt(0) !== "/") a.rel = "noopener noreferrer";
      a.textContent = term.value;
      return a;
    }
    return document.createTextNode(term.value + (term["xml:lang"] ? " @" + term["xml:lang"] : ""));
  }

  document.getElementById("sparql-form").addEventListener("submit", function (ev) {
    if (ev.submitter && ev.submitter.name === "format") return; // downloads go through the plain form
    ev.preventDefault();
    status.textContent = "…";
    results.textContent = "";
    var started = performance.now();
    fetch("/sparql", { method: "POST", body: area.value,
      headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json, text/turtle;q=0.9" } })
      .then(function (r) {
        return r.text().then(function (body) { return { ok: r.ok, type: r.headers.get("content-type") || "", body: body }; });
      })
      .then(function (res) {
        var ms = Math.round(performance.now() - started);
        if (!res.ok) { status.innerHTML = ""; var p = document.createElement("p"); p.className = "alert"; p.setAttribute("role", "alert"); p.textContent = res.body; results.appendChild(p); return; }
        if (res.type.indexOf("json") < 0) { var pre = document.createElement("pre"); pre.textContent = res.body; results.appendChild(pre); status.textContent = ms + " ms"; return; }
        var data = JSON.parse(res.body);
        if (data.boolean !== undefined) { status.textContent = String(data.boolean) + " · " + ms + " ms"; return; }
        var vars = data.head.vars, rows = data.results.bindings;
        status.textContent = rows.length + " " + (document.documentElement.lang === "en" ? "rows" : "rader") + " · " + ms + " ms";
        var table = document.createElement("table"), head = table.createTHead().insertRow();
        vars.forEach(function (v) { var th = document.createElement("th"); th.scope = "col"; th.textContent = "?" + v; head.appendChild(th); });
        var body = table.createTBody();
        rows.forEach(function (row) { var tr = body.insertRow(); vars.forEach(function (v) { tr.insertCell().appendChild(cell(row[v])); }); });
        results.appendChild(table);
      })
      .catch(function (err) { status.textContent = String(err); });
  });
})();
