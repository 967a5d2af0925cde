// This browser's conversations: their ids live in localStorage, titles and order come from the server.

import { ApiError, getJSON, request, sendJSON } from "./api.js";
import { el } from "./markdown.js";
import { t } from "./i18n.js";

const LIST_KEY = "regelverk.conversations";
const CURRENT_KEY = "regelverk.current";
const MAX_KEPT = 200;

function ids() {
  try {
    const list = JSON.parse(localStorage.getItem(LIST_KEY) || "[]");
    return Array.isArray(list) ? list.filter((id) => typeof id === "string") : [];
  } catch (_) {
    return [];
  }
}

function saveIds(list) {
  localStorage.setItem(LIST_KEY, JSON.stringify(list.slice(0, MAX_KEPT)));
}

export function currentId() {
  return localStorage.getItem(CURRENT_KEY);
}

export function setCurrent(id) {
  if (id) {
    localStorage.setItem(CURRENT_KEY, id);
    if (!ids().includes(id)) saveIds([id, ...ids()]);
  } else {
    localStorage.removeItem(CURRENT_KEY);
  }
  document.body.dataset.conversationId = id || "";
}

export function forget(id) {
  saveIds(ids().filter((known) => known !== id));
  if (currentId() === id) setCurrent(null);
}

// Renders the list; `open(id)` shows a conversation, `deleted(id)` is told when one was deleted.
export async function refreshList({ open, deleted }) {
  const list = document.getElementById("conversation-list");
  const known = ids();
  let summaries = [];
  if (known.length) {
    try {
      summaries = await getJSON(`/api/conversations?${known.map((id) => `id=${encodeURIComponent(id)}`).join("&")}`);
    } catch (_) {
      return; // keep what is shown; the next refresh tries again
    }
    // Conversations deleted elsewhere (or in another data dir) leave the list.
    const present = new Set(summaries.map((s) => s.conversation_id));
    saveIds(known.filter((id) => present.has(id)));
  }
  document.getElementById("no-conversations").hidden = summaries.length > 0;
  list.replaceChildren(...summaries.map((summary) => item(summary, { open, deleted })));
}

function item(summary, handlers) {
  const id = summary.conversation_id;
  const li = el("li", { "data-conversation": id, class: id === currentId() ? "current" : "" });
  const show = () => {
    const title = summary.title || t("untitled");
    const openButton = el(
      "button",
      { type: "button", class: "open", title, "aria-label": t("open", { title }), "aria-current": id === currentId() ? "true" : null, onclick: () => handlers.open(id) },
      title,
    );
    const renameButton = el("button", { type: "button", class: "tool rename", "aria-label": `${t("rename")}: ${title}`, title: t("rename"), onclick: () => renaming() }, "✎");
    const deleteButton = el("button", { type: "button", class: "tool delete", "aria-label": `${t("delete")}: ${title}`, title: t("delete"), onclick: () => confirming() }, "✕");
    li.replaceChildren(openButton, renameButton, deleteButton);
    return openButton;
  };
  const renaming = () => {
    const input = el("input", { type: "text", maxlength: "200", "aria-label": t("renameLabel") });
    input.value = summary.title;
    const form = el(
      "form",
      { class: "rename-form" },
      input,
      el("button", { type: "submit", class: "btn" }, t("save")),
      el("button", { type: "button", class: "btn", onclick: () => show().focus() }, t("cancel")),
    );
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      try {
        Object.assign(summary, await sendJSON("PATCH", `/api/conversations/${encodeURIComponent(id)}`, { title: input.value }));
      } catch (_) {
        // the old title stays
      }
      show().focus();
    });
    input.addEventListener("keydown", (event) => event.key === "Escape" && (event.preventDefault(), show().focus()));
    li.replaceChildren(form);
    input.focus();
    input.select();
  };
  const confirming = () => {
    const yes = el("button", { type: "button", class: "btn confirm-delete" }, t("delete"));
    const no = el("button", { type: "button", class: "btn", onclick: () => show().focus() }, t("cancel"));
    yes.addEventListener("click", async () => {
      try {
        await request(`/api/conversations/${encodeURIComponent(id)}`, { method: "DELETE" });
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 404)) return; // not deleted: keep it listed
      }
      const next = li.nextElementSibling || li.previousElementSibling;
      forget(id);
      li.remove();
      document.getElementById("no-conversations").hidden = Boolean(document.querySelector("#conversation-list li"));
      handlers.deleted(id);
      (next?.querySelector(".open") || document.getElementById("message")).focus();
    });
    li.replaceChildren(el("div", { class: "confirm", role: "group", "aria-label": t("deleteConfirm") }, t("deleteConfirm"), yes, no));
    no.focus();
  };
  show();
  return li;
}
