// The chat page: asks through POST /api/chat/stream, restores the conversation it keeps, lists this browser's
// conversations, opens sources and documents, and takes feedback. No build step; ES modules only.

import { ApiError, getJSON, sendJSON, streamChat } from "./api.js";
import { renderAnswer, renderError, renderPartial, renderProgress } from "./answer.js";
import { currentId, forget, refreshList, setCurrent } from "./history.js";
import { applyLabels, language, setLanguage, t } from "./i18n.js";
import { completePart, el } from "./markdown.js";
import { openDocuments, openSource } from "./viewer.js";

const MAX_CHARS = Number(document.querySelector('meta[name="regelverk-max-chars"]').content) || 2000;

const log = document.getElementById("log");
const main = document.getElementById("main");
const form = document.getElementById("ask");
const box = document.getElementById("message");
const send = document.getElementById("send");
const stop = document.getElementById("stop");
const counter = document.getElementById("counter");
const formError = document.getElementById("form-error");
const notice = document.getElementById("notice");
const history = document.getElementById("history");
const toggleHistory = document.getElementById("toggle-history");
const intro = document.getElementById("intro");

let conversationId = currentId();
let running = null; // the AbortController of the answer being streamed
const shown = []; // {card, data} of every answer on the page, to re-render on a language change

const actions = {
  openSource,
  ask: (message) => ask(message),
  copy: copyText,
  rate: (data, rating, comment) =>
    sendJSON("PUT", `/api/conversations/${encodeURIComponent(data.conversation_id)}/turns/${data.turn}/feedback`, {
      rating,
      comment: comment.trim() || null,
    }),
};

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (_) {
    // Without clipboard permission, copy through a selected, off-screen text area.
    const area = el("textarea", { class: "sr-only", "aria-hidden": "true" });
    area.value = text;
    document.body.append(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    return copied;
  }
}

function errorText(error) {
  if (!(error instanceof ApiError)) return t("errServer");
  if (error.status === 0) return t("errNetwork");
  if (error.status === "interrupted") return t("errInterrupted");
  if (error.status === 401 || error.status === 403) return t("errKey");
  if (error.status === 404) return t("errGone");
  if (error.status === 422 || error.status === 400) return t("errInvalid");
  if (error.status === 429) return t("errBusy");
  if (error.status === 503) return t("errNotReady");
  return t("errServer");
}

function checkLength() {
  const n = box.value.length;
  const over = n - MAX_CHARS;
  counter.textContent = t("counter", { n, max: MAX_CHARS });
  counter.classList.toggle("over", over > 0);
  box.setAttribute("aria-invalid", String(over > 0));
  formError.textContent = over > 0 ? t("tooLong", { n, max: MAX_CHARS, over }) : "";
  return over <= 0;
}

function setBusy(busy) {
  send.disabled = busy;
  stop.hidden = !busy;
}

function userBubble(text) {
  return el("div", { class: "turn-user" }, el("span", { class: "sr-only" }, `${t("you")} `), text);
}

function answerCard() {
  return el("article", { class: "turn-bot", "aria-busy": "true" });
}

function show(card, data) {
  shown.push({ card, data });
  renderAnswer(card, data, actions);
}

async function ask(message) {
  const question = message.trim();
  if (running) return;
  if (!question) {
    formError.textContent = t("empty");
    box.focus();
    return;
  }
  if (question.length > MAX_CHARS) {
    if (message !== box.value) box.value = question; // an option or example: show what would have been sent
    checkLength();
    box.focus();
    return;
  }
  intro.hidden = true;
  notice.textContent = "";
  const bubble = userBubble(question);
  const card = answerCard();
  log.append(bubble, card);
  renderProgress(card, "sending", t("sending"));
  card.scrollIntoView({ block: "nearest" });
  box.value = "";
  checkLength();
  running = new AbortController();
  setBusy(true);
  let text = "";
  try {
    const data = await streamChat(
      { message: question, conversation_id: conversationId },
      {
        signal: running.signal,
        onProgress: (p) => renderProgress(card, p.stage, language() === "en" ? p.text_en : p.text),
        onDelta: (piece) => {
          text += piece;
          renderPartial(card, completePart(text));
        },
      },
    );
    conversationId = data.conversation_id;
    setCurrent(conversationId);
    show(card, data);
    refreshList(listHandlers);
  } catch (error) {
    if (!box.value) box.value = question; // the user's text is never lost
    checkLength();
    const retry = () => {
      bubble.remove();
      card.remove();
      ask(question);
    };
    if (error instanceof ApiError && error.status === "aborted") {
      renderError(card, t("stoppedText"), { status: "stopped", retry });
    } else {
      if (error instanceof ApiError && error.status === 404) {
        conversationId = null;
        setCurrent(null);
      }
      renderError(card, errorText(error), { retry });
    }
  } finally {
    running = null;
    card.setAttribute("aria-busy", "false");
    setBusy(false);
    box.focus();
    // The start of the answer in view; its end (sources, errors) is reachable by scrolling the conversation.
    card.scrollIntoView({ block: card.offsetHeight > main.clientHeight ? "start" : "nearest" });
  }
}

function clearLog() {
  for (const node of [...log.children]) if (node !== intro) node.remove();
  shown.length = 0;
}

async function restore(id) {
  clearLog();
  intro.hidden = true;
  try {
    const conversation = await getJSON(`/api/conversations/${encodeURIComponent(id)}`);
    for (const turn of conversation.turns) {
      const card = answerCard();
      log.append(userBubble(turn.question), card);
      show(card, { ...turn, turn: turn.n, conversation_id: conversation.conversation_id });
      card.setAttribute("aria-busy", "false");
    }
    conversationId = id;
    setCurrent(id);
    intro.hidden = conversation.turns.length > 0;
    log.lastElementChild?.scrollIntoView({ block: "end" });
  } catch (error) {
    const gone = error instanceof ApiError && error.status === 404;
    if (gone) forget(id);
    notice.textContent = t(gone ? "restoreGone" : "restoreFailed");
    startFresh();
  }
}

function startFresh() {
  running?.abort();
  conversationId = null;
  setCurrent(null);
  clearLog();
  intro.hidden = false;
  markCurrentInList();
}

function markCurrentInList() {
  for (const li of document.querySelectorAll("#conversation-list li")) {
    const current = li.dataset.conversation === conversationId;
    li.classList.toggle("current", current);
    li.querySelector(".open")?.toggleAttribute("aria-current", current);
  }
}

function setDrawer(open) {
  history.classList.toggle("open", open);
  toggleHistory.setAttribute("aria-expanded", String(open));
  if (open) history.querySelector("button, select")?.focus();
}

const listHandlers = {
  open: async (id) => {
    if (running) return;
    setDrawer(false);
    notice.textContent = "";
    await restore(id);
    markCurrentInList();
    box.focus();
  },
  deleted: (id) => {
    if (id === conversationId) startFresh();
  },
};

function relabel() {
  applyLabels(document);
  document.getElementById("language").value = language();
  checkLength();
  for (const { card, data } of shown) renderAnswer(card, data, actions);
  refreshList(listHandlers);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  ask(box.value);
});
box.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  } else if (event.key === "Escape" && running) {
    running.abort();
  }
});
box.addEventListener("input", checkLength);
stop.addEventListener("click", () => running?.abort());
for (const example of document.querySelectorAll(".example")) example.addEventListener("click", () => ask(example.textContent));
document.getElementById("new-conversation").addEventListener("click", () => {
  startFresh();
  notice.textContent = "";
  box.focus();
});
document.getElementById("open-documents").addEventListener("click", (event) => {
  // From the phone's drawer, focus returns to the menu button (the drawer closes).
  const fromDrawer = history.classList.contains("open");
  setDrawer(false);
  openDocuments(fromDrawer ? toggleHistory : event.currentTarget);
});
document.getElementById("language").addEventListener("change", (event) => {
  setLanguage(event.target.value);
  relabel();
});
toggleHistory.addEventListener("click", () => setDrawer(!history.classList.contains("open")));
document.getElementById("close-history").addEventListener("click", () => {
  setDrawer(false);
  toggleHistory.focus();
});
history.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && history.classList.contains("open")) {
    setDrawer(false);
    toggleHistory.focus();
  }
});
for (const button of document.querySelectorAll("dialog [data-close]")) {
  button.addEventListener("click", () => button.closest("dialog").close());
}

applyLabels(document);
document.getElementById("language").value = language();
checkLength();
setCurrent(conversationId);
refreshList(listHandlers).then(markCurrentInList);
if (conversationId) restore(conversationId).then(markCurrentInList);
box.focus();
