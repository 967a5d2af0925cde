// The source viewer (a citation opens its document at the quoted passage, quote highlighted) and the documents
// view (what the assistant knows). Documents come from GET /api/documents[/{id}], i.e. from the index.

import { getJSON } from "./api.js";
import { el } from "./markdown.js";
import { formatDate, language, t } from "./i18n.js";

const cache = new Map();

function loadDocument(id) {
  if (!cache.has(id)) {
    const loading = getJSON(`/api/documents/${encodeURIComponent(id)}`);
    loading.catch(() => cache.delete(id)); // a failed load is tried again next time
    cache.set(id, loading);
  }
  return cache.get(id);
}

// Whitespace in the quote may be any whitespace in the passage (the verifier compares them the same way).
function quotePattern(quote) {
  const words = quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(words.join("\\s+"));
}

function passageNode(passage, { cited = false, quote = null, context = false } = {}) {
  const where = [passage.section, passage.page ? t("page", { n: passage.page }) : null].filter(Boolean).join(" · ");
  const node = el("div", { class: `passage${cited ? " cited" : ""}${context ? " context" : ""}`, "data-chunk": passage.chunk_id });
  node.append(el("span", { class: "section" }, where));
  const match = quote ? passage.text.match(quotePattern(quote)) : null;
  if (match) {
    node.append(passage.text.slice(0, match.index), el("mark", {}, match[0]), passage.text.slice(match.index + match[0].length));
  } else {
    node.append(passage.text);
  }
  return { node, found: Boolean(match) };
}

function statusText(doc) {
  const note = language() === "en" ? doc.status_note_en || doc.status_note : doc.status_note;
  return [el("span", { class: `doc-status status-${doc.status}` }, t(`status_${doc.status}`)), note ? ` — ${note}` : ""];
}

function documentMeta(doc) {
  return el(
    "p",
    { class: "doc-meta" },
    `${t("date")}: ${formatDate(doc.version_date)}${doc.valid_for ? ` (${doc.valid_for})` : ""} · ${t("status")}: `,
    ...statusText(doc),
  );
}

function openDialog(dialog, trigger) {
  if (!dialog.open) dialog.showModal();
  dialog.addEventListener("close", () => trigger && trigger.isConnected && trigger.focus(), { once: true });
}

// Shows the passage a citation points to, with the passages around it, and a button for the whole document.
export async function openSource(citation, trigger) {
  const dialog = document.getElementById("viewer");
  const body = document.getElementById("viewer-body");
  document.getElementById("viewer-title").textContent = citation.title;
  body.replaceChildren(el("p", { class: "progress" }, t("loading")));
  openDialog(dialog, trigger);
  let detail;
  try {
    detail = await loadDocument(citation.document_id);
  } catch (_) {
    body.replaceChildren(el("p", { class: "alert", role: "alert" }, t("errNetwork")));
    return;
  }
  const passages = detail.passages;
  let index = passages.findIndex((p) => p.chunk_id === citation.chunk_id);
  if (index < 0) index = passages.findIndex((p) => quotePattern(citation.quote).test(p.text)); // re-indexed since
  document.getElementById("viewer-title").textContent = detail.document.title;
  const show = (whole) => {
    const shown = whole ? passages : passages.slice(Math.max(0, index - 1), index + 2);
    const nodes = [];
    let found = false;
    for (const passage of shown) {
      const cited = passage === passages[index];
      const built = passageNode(passage, { cited, quote: cited ? citation.quote : null, context: !cited && !whole });
      if (cited) found = built.found;
      nodes.push(built.node);
    }
    const whereCited = [citation.section, citation.page ? t("page", { n: citation.page }) : null].filter(Boolean).join(" · ");
    // Date, status and the way to the whole document stay in view; the passages scroll beneath them.
    const head = el("div", { class: "viewer-head" }, documentMeta(detail.document), el("p", { class: "src-where" }, `${t("section")}: ${whereCited}`));
    if (index < 0 || !found) head.append(el("p", { class: "alert" }, t("quoteNotFound")));
    if (!whole) head.append(el("p", {}, el("button", { type: "button", class: "link whole-document", onclick: () => show(true) }, t("wholeDocument"))));
    body.replaceChildren(head, el("div", { class: "passages" }, ...nodes));
    const target = body.querySelector("mark") || body.querySelector(".passage.cited");
    if (target) target.scrollIntoView({ block: "center" });
    if (whole && target) body.querySelector(".passage.cited")?.setAttribute("tabindex", "-1");
  };
  show(false);
}

// A whole document from the documents view (no passage cited).
async function openWholeDocument(doc, trigger) {
  const dialog = document.getElementById("viewer");
  const body = document.getElementById("viewer-body");
  document.getElementById("viewer-title").textContent = doc.title;
  body.replaceChildren(el("p", { class: "progress" }, t("loading")));
  openDialog(dialog, trigger);
  try {
    const detail = await loadDocument(doc.id);
    body.replaceChildren(el("div", { class: "viewer-head" }, documentMeta(detail.document)), el("div", { class: "passages" }, ...detail.passages.map((p) => passageNode(p).node)));
  } catch (_) {
    body.replaceChildren(el("p", { class: "alert", role: "alert" }, t("errNetwork")));
  }
}

export async function openDocuments(trigger) {
  const dialog = document.getElementById("documents");
  const body = document.getElementById("documents-body");
  body.replaceChildren(el("p", { class: "progress" }, t("loading")));
  openDialog(dialog, trigger);
  let documents;
  let schemes;
  try {
    [documents, schemes] = await Promise.all([getJSON("/api/documents"), getJSON("/api/schemes")]);
  } catch (_) {
    body.replaceChildren(el("p", { class: "alert", role: "alert" }, t("errNotReady")));
    return;
  }
  const english = language() === "en";
  const head = el(
    "tr",
    {},
    el("th", { scope: "col" }, t("title")),
    el("th", { scope: "col", class: "optional" }, t("schemes")),
    el("th", { scope: "col" }, t("versionDate")),
    el("th", { scope: "col" }, t("status")),
    el("th", { scope: "col", class: "num" }, t("passages")),
    el("th", { scope: "col", class: "optional" }, t("ingested")),
  );
  const rows = documents.map((doc) => {
    const names = doc.rule_schemes.length ? doc.rule_schemes.map((s) => (english && s.name_en) || s.name) : doc.schemes;
    const schemeNames = names.slice(0, 3).join("; ") + (names.length > 3 ? ` ${t("andMore", { n: names.length - 3 })}` : "");
    const open = el("button", { type: "button", class: "link open-document", onclick: (e) => openWholeDocument(doc, e.currentTarget) }, doc.title);
    return el(
      "tr",
      { "data-document": doc.id, "data-status": doc.status },
      el("td", {}, open),
      el("td", { class: "optional" }, schemeNames),
      el("td", {}, formatDate(doc.version_date)),
      el("td", {}, el("span", { class: `doc-status status-${doc.status}` }, t(`status_${doc.status}`))),
      el("td", { class: "num" }, String(doc.chunks)),
      el("td", { class: "optional" }, doc.ingested_at ? formatDate(doc.ingested_at) : t("unknown")),
    );
  });
  const table = el("table", { class: "documents" }, el("thead", {}, head), el("tbody", {}, ...rows));
  const ruleList = el(
    "ul",
    { class: "schemes-list" },
    ...schemes.map((s) =>
      el(
        "li",
        { "data-scheme": s.id },
        `${(english && s.name_en) || s.name} (${s.id}) — `,
        el("span", { class: `doc-status status-${s.status}` }, t(`status_${s.status}`)),
        s.measures.length ? `, ${s.measures.length} ${t("measures")}` : "",
      ),
    ),
  );
  body.replaceChildren(el("p", { class: "doc-meta" }, t("documentsIntro")), table, el("h3", {}, t("ruleTables")), ruleList);
}
