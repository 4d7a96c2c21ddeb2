// A YASR plugin that draws a bar chart: one bar per row, the first text column as the
// label and the first numeric column as the length. Enough for "GPU-hours by country"
// or "models per accelerator family"; results without a number column keep the table.
"use strict";
(function () {
  const NUMERIC = /#(integer|decimal|double|float|long|int|short|byte|nonNegativeInteger|positiveInteger|unsignedInt|unsignedLong)$/;
  const SVG = "http://www.w3.org/2000/svg";
  const MAX_BARS = 40;

  function columns(results) {
    const variables = results.getVariables();
    const rows = results.getBindings();
    const isNumber = (cell) => cell && cell.type !== "uri" && NUMERIC.test(cell.datatype || "");
    const numeric = variables.find((v) => rows.some((r) => r[v]) && rows.every((r) => !r[v] || isNumber(r[v])));
    const label = variables.find((v) => v !== numeric);
    return { rows, label, numeric };
  }

  function svg(tag, attributes, text) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    if (text !== undefined) el.textContent = text;
    return el;
  }

  class MlkgChart {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 5;
      this.label = "Chart";
    }

    canHandleResults() {
      try {
        const c = columns(this.yasr.results);
        return Boolean(c.numeric && c.label && c.rows.length);
      } catch (error) {
        return false; // not tabular results (a graph, or an error)
      }
    }

    draw() {
      const { rows, label, numeric } = columns(this.yasr.results);
      const shown = rows.filter((r) => r[numeric]).slice(0, MAX_BARS);
      const values = shown.map((r) => Number(r[numeric].value));
      const top = Math.max(...values, 0) || 1;
      const barHeight = 22, labelWidth = 280, barWidth = 520, width = labelWidth + barWidth + 120;
      const chart = svg("svg", { width, height: shown.length * barHeight + 30, role: "img", class: "mlkg-chart" });
      chart.append(svg("title", {}, `${numeric} by ${label}`));
      shown.forEach((row, i) => {
        const y = i * barHeight + 4;
        const name = row[label] ? row[label].value : "(none)";
        chart.append(svg("text", { x: labelWidth - 8, y: y + 15, "text-anchor": "end" }, name.length > 40 ? name.slice(0, 39) + "…" : name));
        chart.append(svg("rect", { x: labelWidth, y, width: Math.max(1, (values[i] / top) * barWidth), height: barHeight - 6 }));
        chart.append(svg("text", { x: labelWidth + (values[i] / top) * barWidth + 6, y: y + 15 }, values[i].toLocaleString()));
      });
      const box = document.createElement("div");
      box.className = "mlkg-chart-box";
      const caption = document.createElement("p");
      caption.textContent = `${numeric} by ${label}` + (rows.length > MAX_BARS ? ` (first ${MAX_BARS} of ${rows.length} rows)` : "");
      box.append(caption, chart);
      this.yasr.resultsEl.appendChild(box);
    }

    getIcon() {
      const icon = document.createElement("span");
      icon.textContent = "▇";
      return icon;
    }
  }

  window.MlkgChart = MlkgChart;
})();
