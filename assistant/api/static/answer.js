// One answer card: status, warnings first, the text with [n] links, clarifying options, calculation, sources,
// then copy and feedback. `data` has the chat response's fields (a live answer or a stored turn).

import { el, plainText, renderMarkdown } from "./markdown.js";
import { money, t } from "./i18n.js";

function statusLabel(data) {
  if (data.status === "answered" && (data.source_status === "old_version" || data.source_status === "expired")) {
    return t(`answered_${data.source_status}`);
  }
  return t(data.status);
}

function where(c) {
  return [c.title, c.section].filter(Boolean).join(", ") + (c.page ? `, ${t("page", { n: c.page })}` : "");
}

function citeLink(citation, actions) {
  return el(
    "a",
    {
      class: "cite",
      href: `#source-${citation.chunk_id}`,
      "aria-label": t("openSource", { n: citation.n, where: where(citation) }),
      "aria-haspopup": "dialog",
      onclick: (event) => {
        event.preventDefault();
        actions.openSource(citation, event.currentTarget);
      },
    },
    String(citation.n),
  );
}

function fold(text) {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

function renderCalculation(calc, data) {
  const english = data.language === "en";
  const titles = new Map(data.citations.map((c) => [c.document_id, c.title]));
  const table = el("table", { class: "calc" }, el("caption", { class: "sr-only" }, t("calculation")));
  table.append(
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("step")), el("th", { scope: "col", class: "amount" }, t("amount")))),
  );
  const body = el("tbody");
  for (const line of calc.lines || []) {
    if (line.kind === "total") continue; // one total: the footer
    const text = (english && line.text_en) || line.text;
    const step = line.source
      ? el(
          "details",
          {},
          el("summary", {}, text),
          el("blockquote", { lang: "nb", "aria-label": t("stepSource") }, `«${line.source.quote}»`),
          el("div", { class: "src-where" }, [titles.get(line.source.document_id) || line.source.document_id, line.source.section].filter(Boolean).join(", ")),
        )
      : text;
    body.append(el("tr", { class: `kind-${line.kind}` }, el("td", {}, step), el("td", { class: "amount" }, money(line.amount))));
  }
  table.append(body);
  table.append(el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, t("total")), el("td", { class: "amount" }, money(calc.amount)))));
  const section = el("section", { class: "calculation" }, el("h3", {}, t("calculation")), table);
  // Each assumption once: not again when the answer text already states it.
  const stated = fold(data.answer);
  const assumptions = [...new Set((english ? calc.assumptions_en : calc.assumptions) || [])].filter((a) => !stated.includes(fold(a)));
  if (assumptions.length) {
    section.append(el("ul", { class: "assumptions" }, ...assumptions.map((a) => el("li", {}, el("strong", {}, `${t("assumption")}: `), a))));
  }
  return section;
}

function renderSources(data, actions) {
  const list = el("ol", { class: "sources" });
  for (const c of data.citations) {
    list.append(
      el(
        "li",
        {},
        el(
          "button",
          { type: "button", class: "source-open", "aria-haspopup": "dialog", onclick: (e) => actions.openSource(c, e.currentTarget) },
          `[${c.n}] `,
          el("span", { class: "src-where" }, where(c)),
        ),
        el("blockquote", { lang: "nb" }, `«${c.quote}»`),
      ),
    );
  }
  return el("section", { class: "sources-block" }, el("h3", {}, t("sources")), list);
}

function renderActions(data, actions) {
  const said = el("span", { class: "said", role: "status" });
  const copy = el("button", { type: "button", class: "btn copy" }, t("copy"));
  copy.addEventListener("click", async () => {
    said.textContent = (await actions.copy(plainText(data, t("sources")))) ? t("copied") : t("copyFailed");
  });
  const row = el("div", { class: "actions-row" }, copy);
  if (!data.turn || !actions.rate) return row;

  const rating = data.feedback ? data.feedback.rating : null;
  const up = el("button", { type: "button", class: "btn rate-up", "aria-pressed": String(rating === "up") }, t("helpful"));
  const down = el("button", { type: "button", class: "btn rate-down", "aria-pressed": String(rating === "down") }, t("notHelpful"));
  const commentId = `comment-${data.conversation_id}-${data.turn}`;
  const comment = el("textarea", { id: commentId, rows: "2", maxlength: "2000" });
  comment.value = data.feedback?.comment || "";
  const form = el(
    "form",
    { class: "feedback-form", hidden: !rating },
    el("label", { for: commentId, class: "sr-only" }, t("commentLabel")),
    comment,
    el("button", { type: "submit", class: "btn" }, t("sendComment")),
  );
  comment.placeholder = t("commentLabel");
  const give = async (value, text) => {
    try {
      data.feedback = await actions.rate(data, value, text);
      up.setAttribute("aria-pressed", String(value === "up"));
      down.setAttribute("aria-pressed", String(value === "down"));
      form.hidden = false;
      said.textContent = t("thanks");
      return true;
    } catch (_) {
      said.textContent = t("feedbackFailed");
      return false;
    }
  };
  up.addEventListener("click", () => give("up", comment.value).then((ok) => ok && comment.focus()));
  down.addEventListener("click", () => give("down", comment.value).then((ok) => ok && comment.focus()));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    give(data.feedback?.rating || "down", comment.value);
  });
  row.append(up, down, said, form);
  return row;
}

export function renderAnswer(card, data, actions) {
  const known = new Map(data.citations.map((c) => [c.n, c]));
  card.replaceChildren();
  card.lang = data.language;
  card.dataset.status = data.status;
  card.dataset.sourceStatus = data.source_status || "";
  if (data.turn) card.dataset.turn = String(data.turn);
  const badge = el("span", { class: `status status-${data.status} source-${data.source_status || "none"}` }, statusLabel(data));
  card.append(el("div", { class: "meta", lang: document.documentElement.lang }, badge));
  if (data.warnings.length) {
    card.append(el("ul", { class: "warnings", "aria-label": t("warnings") }, ...data.warnings.map((w) => el("li", {}, w))));
  }
  card.append(renderMarkdown(data.answer, (n) => (known.has(n) ? citeLink(known.get(n), actions) : null)));
  if (data.options && data.options.length && actions.ask) {
    const group = el("div", { class: "options", role: "group", "aria-label": t("chooseOne") });
    for (const option of data.options) {
      group.append(el("button", { type: "button", class: "btn option", onclick: () => actions.ask(option.message) }, option.label));
    }
    card.append(group);
  }
  if (data.calculation) card.append(renderCalculation(data.calculation, data));
  if (data.citations.length) card.append(renderSources(data, actions));
  card.append(renderActions(data, actions));
}

// While streaming: the progress line until text arrives, then the text so far, already formatted.
export function renderProgress(card, stage, text) {
  let line = card.querySelector(".progress");
  if (!line) {
    line = el("p", { class: "progress" });
    card.replaceChildren(line);
  }
  line.dataset.stage = stage;
  line.textContent = text;
}

export function renderPartial(card, text) {
  card.replaceChildren(renderMarkdown(text, (n) => el("span", { class: "cite" }, String(n))));
}

export function renderError(card, message, { status = "error", retry = null } = {}) {
  card.replaceChildren();
  card.dataset.status = status;
  card.append(el("div", { class: "meta" }, el("span", { class: `status status-${status}` }, t(status))));
  card.append(el("p", { class: "alert", role: "alert" }, message));
  if (retry) {
    card.append(el("div", { class: "actions-row" }, el("button", { type: "button", class: "btn retry", onclick: retry }, t("tryAgain"))));
  }
}
