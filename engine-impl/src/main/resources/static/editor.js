// The story editor: EasyMDE for Markdown, autosave with optimistic concurrency (a stale save shows a conflict
// message instead of overwriting), image upload, and the publish dialog.
"use strict";
(function () {
  const { api } = window.masthead;
  const form = document.getElementById("editor");
  const status = form.querySelector(".editor-status");
  const textarea = document.getElementById("body");
  // Defaults that would reach the internet (icon font, spell-check dictionaries) are off: pages load nothing
  // from third parties.
  const mde = new EasyMDE({
    element: textarea, autoDownloadFontAwesome: false, spellChecker: false, nativeSpellcheck: true,
    status: false, toolbar: false, forceSync: true, minHeight: "300px",
  });
  // CodeMirror types into a textarea of its own, which needs the label the original one had.
  mde.codemirror.getInputField().setAttribute("aria-label", "Story (Markdown)");
  let id = form.dataset.story;
  let version = Number(form.dataset.version);
  let timer = null;
  let saving = Promise.resolve();

  const draft = () => ({
    title: document.getElementById("title").value,
    subtitle: document.getElementById("subtitle").value,
    content: mde.value(),
    contentFormat: form.dataset.format || "markdown",
  });

  function save() {
    clearTimeout(timer);
    saving = saving.then(async () => {
      status.textContent = "Saving…";
      try {
        const story = id
          ? await api("PATCH", `/api/v1/stories/${id}`, Object.assign({ version }, draft()))
          : await api("POST", "/api/v1/stories", draft());
        if (!id) history.replaceState(null, "", `/edit/${story.id}`);
        id = story.id;
        version = story.version;
        status.textContent = "Saved";
      } catch (error) {
        status.textContent = /changed since/.test(error.message)
          ? "This story was changed elsewhere (another tab or device). Reload to get the latest version; your text is still here."
          : `Not saved: ${error.message}`;
        throw error;
      }
    }).catch(() => {});
    return saving;
  }

  const later = () => { clearTimeout(timer); status.textContent = "Editing"; timer = setTimeout(save, 1500); };
  mde.codemirror.on("change", later);
  document.getElementById("title").addEventListener("input", later);
  document.getElementById("subtitle").addEventListener("input", later);

  document.getElementById("image").addEventListener("change", async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    const data = new FormData();
    data.append("image", file);
    status.textContent = "Uploading image…";
    try {
      const image = await api("POST", "/api/v1/images", data);
      mde.codemirror.replaceSelection(`\n![](${image.url})\n`);
      status.textContent = "Image added";
    } catch (error) {
      status.textContent = `Image not added: ${error.message}`;
    }
    event.target.value = "";
  });

  const dialog = document.getElementById("publish-dialog");
  document.getElementById("open-publish").addEventListener("click", () => dialog.showModal());
  document.getElementById("publish-form").addEventListener("submit", async (event) => {
    if (event.submitter && event.submitter.value !== "publish") return;
    event.preventDefault();
    const error = dialog.querySelector(".form-error");
    const tags = document.getElementById("tags").value.split(",").map((t) => t.trim()).filter(Boolean);
    const publication = document.getElementById("publication");
    try {
      await save();
      if (!id) throw new Error("the story could not be saved");
      const story = await api("PATCH", `/api/v1/stories/${id}`, Object.assign({ version, tags,
        memberOnly: document.getElementById("memberOnly").checked }, draft()));
      version = story.version;
      if (publication && publication.value) {
        // Writing for a publication goes through its submission queue; its editors may publish directly.
        await api("POST", `/api/v1/publications/${publication.value}/submissions`, { storyId: id })
          .catch((e) => { if (!/already/.test(e.message)) throw e; });
      }
      const when = document.getElementById("publishAt").value;
      const publishing = { visibility: "public" };
      if (when) publishing.publishAt = new Date(when).toISOString();
      if (document.getElementById("notifyFollowers").checked) publishing.notifyFollowers = true;
      const published = await api("POST", `/api/v1/stories/${id}/publish`, publishing).catch((e) => {
        if (publication && publication.value && /editor publishes/.test(e.message)) return null;
        throw e;
      });
      location.href = !published || published.status === "scheduled" ? "/me/drafts" : published.url;
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    }
  });
})();
