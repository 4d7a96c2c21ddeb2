// The query page: YASGUI over this server's /sparql, with one ready tab per canned query.
"use strict";
(function () {
  function problem(text) {
    const el = document.getElementById("problem");
    el.textContent = text;
    el.hidden = false;
  }
  if (typeof window.Yasgui === "undefined") {
    problem("The query editor (YASGUI) is not installed here: run `make setup`, which fetches it from npm into mlkg/static/vendor/.");
    return;
  }
  // The UMD bundle exports a module object whose default is the class.
  const Yasgui = window.Yasgui.default || window.Yasgui;
  const endpoint = new URL("sparql", document.baseURI).href;
  document.getElementById("endpoint").textContent = endpoint;
  if (window.MlkgChart) Yasgui.Yasr.registerPlugin("chart", window.MlkgChart);

  fetch("queries")
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`GET queries: HTTP ${r.status}`))))
    .then(start)
    .catch((error) => problem(`The canned queries could not be read: ${error}`));

  function start(canned) {
    const yasgui = new Yasgui(document.getElementById("yasgui"), {
      requestConfig: { endpoint, method: "POST" },
      copyEndpointOnNewTab: false,
      // No saved tabs: every visit shows the canned queries as the server has them now.
      persistenceId: null,
      autoAddOnInit: false,
      populateFromUrl: false, // this page reads its own ?tab= and &run parameters
      // The class and property completers ask an outside vocabulary service; this page works offline.
      yasqe: { autocompleters: ["prefixes", "variables"] },
      yasr: { pluginOrder: ["table", "chart", "response"], defaultPlugin: "table" },
    });
    // ?tab=NAME opens that canned query, and &run runs it: links that show a result at once.
    const params = new URLSearchParams(location.search);
    const names = canned.map((q) => q.name);
    const initial = names.includes(params.get("tab")) ? params.get("tab") : names[0];
    const tabIds = {};
    const list = document.getElementById("canned-list");
    for (const query of canned) {
      // Yasgui selects a tab only while another one is active, so the first one is added active.
      const tab = yasgui.addTab(query.name === initial, {
        name: query.name,
        yasqe: { value: query.sparql },
        // The table's simple view: plain values, not "256"^^xsd:integer.
        yasr: { settings: { selectedPlugin: "table", pluginsConfig: { table: { compact: true } } } },
        requestConfig: { endpoint },
      });
      tabIds[query.name] = tab.getId();
      list.append(entry(query, () => select(query.name, false)));
    }
    function select(name, run) {
      yasgui.selectTabId(tabIds[name]);
      for (const button of list.querySelectorAll("button")) {
        button.setAttribute("aria-current", String(button.dataset.name === name));
      }
      if (run) yasgui.getTab(tabIds[name]).query().catch((error) => problem(`The query failed: ${error}`));
    }
    select(initial, params.has("run"));
    window.mlkgYasgui = yasgui; // for the console and for tests
  }

  function entry(query, onClick) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.name = query.name;
    button.textContent = query.summary;
    button.title = `${query.name}: open as a tab`;
    button.addEventListener("click", onClick);
    const about = document.createElement("p");
    about.textContent = query.description;
    item.append(button, about);
    if (query.params.length) {
      const params = document.createElement("p");
      params.className = "params";
      params.textContent = "Parameters: " + query.params.map((p) => `${p.name} (${p.type}${p.example != null ? `, e.g. ${p.example}` : ""})`).join("; ");
      item.append(params);
    }
    return item;
  }
})();
