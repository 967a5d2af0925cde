// The little Markdown answers use: paragraphs, "- " and "1. " lists, **bold** and [n] citation markers.
// Everything is built as DOM nodes from text; nothing from the server is ever parsed as HTML.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

// `cite(n)` returns the node for marker [n] (a link, or a plain badge while the sources are not known yet).
function inline(text, cite) {
  const frag = document.createDocumentFragment();
  const pattern = /\*\*([^*]+)\*\*|\[(\d+(?:\s*,\s*\d+)*)\]/g;
  let last = 0;
  let match;
  while ((match = pattern.exec(text))) {
    frag.append(text.slice(last, match.index));
    if (match[1] !== undefined) {
      frag.append(el("strong", {}, match[1]));
    } else {
      for (const n of match[2].split(/\s*,\s*/)) frag.append(cite(Number(n)) || `[${n}]`);
    }
    last = pattern.lastIndex;
  }
  frag.append(text.slice(last));
  return frag;
}

export function renderMarkdown(text, cite) {
  const root = el("div", { class: "answer" });
  for (const block of text.split(/\n{2,}/)) {
    let list = null;
    let para = null;
    for (const line of block.split("\n")) {
      const bullet = line.match(/^\s*[-*•]\s+(.*)$/);
      const numbered = line.match(/^\s*\d+[.)]\s+(.*)$/);
      if (bullet || numbered) {
        const kind = bullet ? "ul" : "ol";
        if (!list || list.localName !== kind) {
          list = el(kind);
          root.append(list);
        }
        list.append(el("li", {}, inline((bullet || numbered)[1], cite)));
        para = null;
      } else if (line.trim()) {
        list = null;
        if (para) para.append(el("br"));
        else root.append((para = el("p")));
        para.append(inline(line, cite));
      }
    }
  }
  return root;
}

// While the answer streams in, hide a marker or emphasis that has not arrived whole ("[1", "**Ja"),
// and a list item whose "- " has not been followed by text yet, so raw syntax never flashes up.
export function completePart(text) {
  let safe = text.replace(/\[[\d,\s]*$/, "");
  if ((safe.match(/\*\*/g) || []).length % 2 === 1) safe = safe.slice(0, safe.lastIndexOf("**"));
  return safe.replace(/(^|\n)\s*(?:[-*•]|\d+[.)])\s*$/, "$1");
}

// The answer as plain text with its numbered sources, for the clipboard.
export function plainText(data, sourcesLabel) {
  const lines = [data.answer.replace(/\*\*([^*]+)\*\*/g, "$1").trim()];
  if (data.warnings.length) lines.push("", ...data.warnings.map((w) => `⚠ ${w}`));
  if (data.citations.length) {
    lines.push("", `${sourcesLabel}:`);
    for (const c of data.citations) {
      const where = [c.title, c.section].filter(Boolean).join(", ") + (c.page ? `, s. ${c.page}` : "");
      lines.push(`[${c.n}] ${where} — “${c.quote}”`);
    }
  }
  return lines.join("\n");
}
