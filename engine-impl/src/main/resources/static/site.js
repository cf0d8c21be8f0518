// Progressive enhancement for the reader site: clapping, following, highlighting, responding, sign-out and the
// JSON forms (sign-in, sign-up, settings). Reading never needs this script.
"use strict";
(function () {
  const csrf = document.querySelector('meta[name="csrf-token"]');

  // Calls the JSON API with the session's CSRF token; resolves to the parsed body, rejects with the API's message.
  async function api(method, path, body) {
    const headers = { "Accept": "application/json" };
    if (csrf) headers["X-CSRF-Token"] = csrf.content;
    const init = { method, headers, credentials: "same-origin" };
    if (body instanceof FormData) {
      init.body = body;
    } else if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const message = data && data.errors && data.errors.length ? data.errors[0].message : response.statusText;
      throw new Error(message);
    }
    return data;
  }
  window.masthead = { api };

  function requestId() {
    return Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
  }

  // "Show less like this" on a For You card: the writer and topic count for less from the next page on; the card
  // goes away now.
  document.querySelectorAll("[data-show-less]").forEach((button) => {
    button.addEventListener("click", () => {
      api("POST", "/api/v1/me/feed/show-less", { storyId: button.dataset.showLess })
        .then(() => { button.closest(".card").remove(); })
        .catch((error) => { button.textContent = error.message; });
    });
  });

  // Clap: every click sends one clap with its own request id (so a retried request never counts twice); holding
  // the button keeps clapping. The server stops at 50 per reader.
  document.querySelectorAll("[data-clap]").forEach((button) => {
    const count = button.querySelector(".clap-count");
    const yours = button.parentElement.querySelector(".your-claps");
    let timer = null;
    const clap = () => api("POST", `/api/v1/stories/${button.dataset.clap}/claps`, { count: 1, requestId: requestId() })
      .then((totals) => {
        count.textContent = totals.totalClaps;
        button.dataset.yourClaps = totals.yourClaps;
        yours.textContent = `You clapped ${totals.yourClaps} time${totals.yourClaps === 1 ? "" : "s"}`;
      })
      .catch((error) => { yours.textContent = error.message; });
    button.addEventListener("click", clap);
    button.addEventListener("pointerdown", () => {
      timer = setTimeout(function repeat() { clap(); timer = setTimeout(repeat, 180); }, 500);
    });
    ["pointerup", "pointerleave", "pointercancel"].forEach((type) =>
      button.addEventListener(type, () => clearTimeout(timer)));
  });

  // Follow buttons toggle with PUT/DELETE on /api/v1/{target}/follow.
  document.querySelectorAll("[data-follow]").forEach((button) => {
    button.addEventListener("click", () => {
      const following = button.getAttribute("aria-pressed") === "true";
      api(following ? "DELETE" : "PUT", `/api/v1/${button.dataset.follow}/follow`).then((state) => {
        button.setAttribute("aria-pressed", String(state.following));
        button.textContent = state.following ? "Following" : "Follow";
      });
    });
  });

  document.querySelectorAll("[data-sign-out]").forEach((button) => {
    button.addEventListener("click", () => api("POST", "/api/v1/auth/logout").then(() => { location.href = "/"; }));
  });

  // Responses post to the story and reload the page, which lists them.
  document.querySelectorAll("form[data-respond]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const content = form.elements.content.value;
      api("POST", `/api/v1/stories/${form.dataset.respond}/responses`, { content, contentFormat: "markdown" })
        .then(() => location.reload())
        .catch((error) => showError(form, error));
    });
  });

  function showError(form, error) {
    let box = form.querySelector(".form-error");
    if (!box) {
      box = document.createElement("p");
      box.className = "form-error";
      box.setAttribute("role", "alert");
      form.prepend(box);
    }
    box.textContent = error.message;
  }

  // JSON forms: <form data-api="POST /api/v1/..." data-next="/path">. Checkboxes send booleans, fields marked
  // data-list send comma-separated text as an array, empty optional fields are left out.
  document.querySelectorAll("form[data-api]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const [method, path] = form.dataset.api.split(" ");
      const body = {};
      for (const field of form.elements) {
        if (!field.name) continue;
        if (field.type === "checkbox") body[field.name] = field.checked;
        else if (field.dataset.list !== undefined) body[field.name] = field.value.split(",").map((s) => s.trim()).filter(Boolean);
        else if (field.value !== "" || field.required) body[field.name] = field.value;
      }
      api(method, path, body)
        // A new account signs in straight away with what it just chose.
        .then(() => form.dataset.thenLogin !== undefined
          ? api("POST", "/api/v1/auth/login", { email: body.email, password: body.password }) : null)
        .then(() => { location.href = form.dataset.next || location.href; })
        .catch((error) => showError(form, error));
    });
  });

  // Highlights: select text inside one paragraph of the story, then press the button that appears. Paragraphs
  // are matched to the server's list by their text, and offsets count UTF-16 code units as the API does.
  const body = document.querySelector("[data-highlightable]");
  if (body && csrf) {
    const storyId = body.closest("[data-story]").dataset.story;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "highlight-button";
    button.textContent = "Highlight";
    button.hidden = true;
    document.body.appendChild(button);
    let pending = null;
    let paragraphs = null;
    const squash = (text) => text.replace(/\s+/g, " ").trim();

    document.addEventListener("selectionchange", () => {
      const selection = document.getSelection();
      pending = null;
      button.hidden = true;
      if (!selection || selection.isCollapsed || !body.contains(selection.anchorNode)) return;
      const range = selection.getRangeAt(0);
      const block = (node) => (node.nodeType === 1 ? node : node.parentElement).closest("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, td, th");
      const start = block(range.startContainer);
      if (!start || start !== block(range.endContainer)) return;
      const before = document.createRange();
      before.setStart(start, 0);
      before.setEnd(range.startContainer, range.startOffset);
      const text = squash(range.toString());
      if (!text) return;
      pending = { element: start, prefix: before.toString().replace(/\s+/g, " ").replace(/^ /, ""), text };
      const rect = range.getBoundingClientRect();
      button.style.top = `${window.scrollY + rect.top - 40}px`;
      button.style.left = `${window.scrollX + rect.left}px`;
      button.hidden = false;
    });

    button.addEventListener("mousedown", (event) => event.preventDefault());
    button.addEventListener("click", async () => {
      if (!pending) return;
      const { element, prefix, text } = pending;
      paragraphs = paragraphs || (await api("GET", `/api/v1/stories/${storyId}/paragraphs`)).paragraphs;
      const own = squash(element.textContent);
      const paragraph = paragraphs.find((p) => p.text === own);
      if (!paragraph) return;
      let start = paragraph.text.indexOf(text, Math.max(0, prefix.length - 1));
      if (start < 0) start = paragraph.text.indexOf(text);
      if (start < 0) return;
      await api("POST", `/api/v1/stories/${storyId}/highlights`,
        { paragraphId: paragraph.id, start, end: start + text.length, text });
      const mark = document.createElement("mark");
      try {
        document.getSelection().getRangeAt(0).surroundContents(mark);
      } catch (e) {
        // A selection across inline elements cannot be wrapped in one mark; the highlight is saved all the same.
      }
      document.getSelection().removeAllRanges();
      button.hidden = true;
      document.querySelector(".highlight-hint").textContent = "Highlighted";
    });
  }
})();
