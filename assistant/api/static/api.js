// Talking to the server: JSON requests and the answer stream, with the API key (Bearer) when the server asks for one.

import { t } from "./i18n.js";

const KEY_STORAGE = "regelverk.apiKey";

export class ApiError extends Error {
  // status 0: the server could not be reached; "aborted": the user stopped the request.
  constructor(status, detail = "") {
    super(detail || `HTTP ${status}`);
    this.status = status;
    this.detail = detail;
  }
}

let pendingKey = null; // one prompt at a time, however many requests were refused

function authHeaders() {
  const key = sessionStorage.getItem(KEY_STORAGE);
  return key ? { Authorization: `Bearer ${key}` } : {};
}

// Ask the user for the key once (a <dialog>, no inline script); resolves to true when a key was given.
function askForKey(wrong) {
  if (pendingKey) return pendingKey;
  const dialog = document.getElementById("api-key");
  const input = document.getElementById("api-key-input");
  document.getElementById("api-key-text").textContent = t(wrong ? "apiKeyWrong" : "apiKeyText");
  input.value = "";
  pendingKey = new Promise((resolve) => {
    dialog.addEventListener(
      "close",
      () => {
        pendingKey = null;
        const key = input.value.trim();
        if (dialog.returnValue === "ok" && key) {
          sessionStorage.setItem(KEY_STORAGE, key);
          resolve(true);
        } else {
          resolve(false);
        }
      },
      { once: true },
    );
    dialog.showModal();
    input.focus();
  });
  return pendingKey;
}

// fetch() with the key; on 401 asks for a key and retries. Throws ApiError for anything but 2xx.
export async function request(path, options = {}) {
  for (let attempt = 0; ; attempt += 1) {
    let response;
    try {
      response = await fetch(path, { ...options, headers: { ...(options.headers || {}), ...authHeaders() } });
    } catch (error) {
      if (error.name === "AbortError") throw new ApiError("aborted");
      throw new ApiError(0);
    }
    if (response.status === 401 && attempt < 3) {
      const hadKey = Boolean(sessionStorage.getItem(KEY_STORAGE));
      if (hadKey) sessionStorage.removeItem(KEY_STORAGE);
      if (await askForKey(hadKey)) continue;
    }
    if (response.ok) return response;
    let detail = "";
    try {
      detail = (await response.json()).detail || "";
    } catch (_) {
      // not JSON: the status says enough
    }
    throw new ApiError(response.status, detail);
  }
}

export async function getJSON(path, options = {}) {
  const response = await request(path, options);
  return response.status === 204 ? null : response.json();
}

export function sendJSON(method, path, body) {
  return getJSON(path, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

// POST /api/chat/stream: calls onProgress({stage, text, text_en}) and onDelta(text) as events arrive; resolves to
// the `done` payload (the chat response). An `error` event or a broken stream throws ApiError.
export async function streamChat(body, { onProgress, onDelta, signal }) {
  const response = await request("/api/chat/stream", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
    body: JSON.stringify(body),
    signal,
  });
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const raw = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = (raw.match(/^event: (.*)$/m) || [])[1];
        const data = JSON.parse((raw.match(/^data: (.*)$/m) || [null, "null"])[1]);
        if (event === "progress") {
          onProgress(data);
          // Steps that arrive in one read with the answer would never be drawn: give the page a turn to show each
          // (not in a hidden tab, where timers are slowed and nobody is looking).
          if (!document.hidden) await new Promise((resolve) => setTimeout(resolve, 0));
        } else if (event === "delta") onDelta(data.text);
        else if (event === "done") return data;
        else if (event === "error") throw new ApiError(data.status, data.detail);
      }
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error.name === "AbortError") throw new ApiError("aborted");
    throw new ApiError(0);
  }
  throw new ApiError("interrupted");
}
