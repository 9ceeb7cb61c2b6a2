// The evidence page (summarizer.render.html): report selector, kind filter, item <-> span links.
// Source spans carry data-i="KEY ..." (the items they are evidence for); summary entries carry
// data-k="KEY"; the anchor id REPORT-KEY sits where an item's span starts.
(() => {
  "use strict";
  const reports = Array.from(document.querySelectorAll("section.report"));
  const pick = document.getElementById("pick");
  let marked = [];

  function show(id) {
    for (const r of reports) r.hidden = r.id !== id;
    if (pick) pick.value = id;
  }

  // A region (key c...: the chunk of a warning) is marked as a zone, so the items in it keep
  // their own marks and colours.
  function mark(elements, zones = []) {
    for (const el of marked) el.classList.remove("on", "zone");
    for (const el of elements) el.classList.add("on");
    for (const el of zones) el.classList.add("zone");
    marked = Array.from(elements).concat(zones);
  }

  const isRegion = (key) => key.startsWith("c");

  function spansOf(report, keys) {
    return keys.flatMap((k) => Array.from(report.querySelectorAll(`.text [data-i~="${k}"]`)));
  }

  function entriesOf(report, keys) {
    return keys.flatMap((k) => Array.from(report.querySelectorAll(`.sum [data-k="${k}"]`)));
  }

  function label(entry) {
    const kind = document.querySelector(`.legend .${entry.classList[0]}`);
    const text = entry.cells ? Array.from(entry.cells, (c) => c.textContent).join(" ") : entry.textContent;
    return (kind ? kind.textContent.trim() + ": " : "") + text.trim().replace(/\s+/g, " ");
  }

  // Clicking an item marks its spans and scrolls to the first; clicking a span marks its items.
  function selectItem(report, key) {
    const anchor = document.getElementById(`${report.id}-${key}`);
    const spans = spansOf(report, [key]);
    const entries = entriesOf(report, [key]);
    if (isRegion(key)) mark(entries, spans);
    else mark(spans.concat(entries));
    const first = spans[0] || anchor;
    if (first) first.scrollIntoView({ block: "center" });
    if (anchor) history.replaceState(null, "", `#${anchor.id}`);
  }

  // A span inside a region selects the items it is evidence for; the region only when it is alone.
  function selectSpan(report, span) {
    const all = span.dataset.i.split(" ");
    const items = all.filter((k) => !isRegion(k));
    const keys = items.length ? items : all;
    const entries = entriesOf(report, keys);
    if (items.length) mark(entries.concat(spansOf(report, keys)));
    else mark(entries, spansOf(report, keys));
    if (entries[0]) entries[0].scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("click", (event) => {
    const report = event.target.closest("section.report");
    if (!report) return;
    const link = event.target.closest(".sum [data-k] a[href^='#']");
    if (link) {
      event.preventDefault();
      selectItem(report, link.closest("[data-k]").dataset.k);
      return;
    }
    const span = event.target.closest(".text [data-i]");
    if (span) selectSpan(report, span);
  });

  // Hovering a span names its items (built on first hover: the page carries no repeated text).
  document.addEventListener("mouseover", (event) => {
    const span = event.target.closest(".text [data-i]");
    if (!span || span.title) return;
    const report = span.closest("section.report");
    span.title = entriesOf(report, span.dataset.i.split(" ")).map(label).join("\n");
  });

  for (const box of document.querySelectorAll(".legend input")) {
    const apply = () => document.body.classList.toggle(`hide-${box.value}`, !box.checked);
    box.addEventListener("change", apply);
    apply();
  }

  if (pick) {
    pick.addEventListener("change", () => {
      show(pick.value);
      history.replaceState(null, "", `#${pick.value}`);
    });
  }
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const report = target && target.closest("section.report");
  if (report) {
    show(report.id);
    const key = target.id.slice(report.id.length + 1);
    if (key) selectItem(report, key);
  } else if (pick) {
    show(pick.value);
  }
})();
