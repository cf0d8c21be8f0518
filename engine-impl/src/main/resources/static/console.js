// The admin console's enhancements over site.js: action buttons, plugin upload, generated settings forms, the
// branding form, JSON forms, payout rules and simulations, staff roles, and charts (Chart.js, bundled). Errors from the API are shown next to the control.
"use strict";
(function () {
  const { api } = window.masthead;

  function report(element, error) {
    let box = element.parentElement.querySelector(".form-error");
    if (!box) {
      box = document.createElement("p");
      box.className = "form-error";
      box.setAttribute("role", "alert");
      element.parentElement.insertBefore(box, element);
    }
    box.textContent = error.message;
  }

  document.querySelectorAll("[data-action]").forEach((button) => {
    button.addEventListener("click", () => {
      if (button.dataset.confirm && !window.confirm(button.dataset.confirm)) return;
      const [method, path] = button.dataset.action.split(" ");
      api(method, path, button.dataset.body ? JSON.parse(button.dataset.body) : undefined)
        .then(() => location.reload())
        .catch((error) => report(button, error));
    });
  });

  document.querySelectorAll("form[data-upload]").forEach((form) => {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const file = form.querySelector("input[type=file]").files[0];
      const headers = { "Content-Type": "application/java-archive" };
      const token = document.querySelector('meta[name="csrf-token"]');
      if (token) headers["X-CSRF-Token"] = token.content;
      const response = await fetch(form.dataset.upload, { method: "POST", headers, body: file, credentials: "same-origin" });
      if (response.ok) {
        location.reload();
      } else {
        const body = await response.json().catch(() => null);
        report(form.querySelector("button"), new Error(body && body.errors ? body.errors[0].message : response.statusText));
      }
    });
  });

  // Plugin settings are stored as text, one value per record component; the engine checks them against the
  // plugin's configuration record before storing.
  document.querySelectorAll("form[data-settings]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const values = {};
      for (const field of form.elements) {
        if (!field.name) continue;
        values[field.name] = field.type === "checkbox" ? String(field.checked) : field.value;
      }
      api("PUT", form.dataset.settings, values).then(() => location.reload())
        .catch((error) => report(form.querySelector("button"), error));
    });
  });

  document.querySelectorAll("form[data-branding]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const value = (name) => form.elements[name].value;
      const navigation = value("navigation").split("\n").map((line) => line.split("|").map((part) => part.trim()))
        .filter((parts) => parts[0]).map(([label, url]) => ({ label, url: url || "" }));
      const branding = { navigation };
      for (const name of ["siteName", "tagline", "logoUrl", "faviconUrl", "accentColor", "inkColor", "paperColor",
        "bodyFont", "headingFont", "footer", "theme"]) branding[name] = value(name);
      api("PUT", "/api/v1/admin/branding", branding).then(() => location.reload())
        .catch((error) => report(form.querySelector("button"), error));
    });
  });

  // A form whose fields are one JSON object: numbers from number inputs, empty optional fields left out.
  document.querySelectorAll("form[data-json]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const [method, path] = form.dataset.json.split(" ");
      const body = {};
      for (const field of form.elements) {
        if (!field.name || field.value === "") continue;
        body[field.name] = field.type === "number" ? Number(field.value) : field.value;
      }
      api(method, path, body).then(() => location.reload())
        .catch((error) => report(form.querySelector("button"), error));
    });
  });

  document.querySelectorAll("form[data-payout-settings]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const minimumPayout = {};
      for (const line of form.elements.minimumPayout.value.split("\n")) {
        const [currency, amount] = line.trim().split(/\s+/);
        if (currency) minimumPayout[currency.toUpperCase()] = Number(amount);
      }
      api("PUT", "/api/v1/admin/payout-settings", { minimumPayout, remainderRule: form.elements.remainderRule.value,
        proRataShare: Number(form.elements.proRataShare.value) }).then(() => location.reload())
        .catch((error) => report(form.querySelector("button"), error));
    });
  });

  // The simulation's answer, side by side: each writer under the active and the simulated model, per currency.
  document.querySelectorAll("form[data-simulation]").forEach((form) => {
    const result = form.parentElement.querySelector("[data-simulation-result]");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const value = (name) => form.elements[name].value;
      api("POST", "/api/v1/admin/payouts/simulations", { plugin: value("plugin"), from: value("from"), to: value("to") })
        .then((simulation) => {
          result.replaceChildren();
          const cell = (row, text, header) => {
            const element = document.createElement(header ? "th" : "td");
            if (header) element.scope = "col";
            element.textContent = text;
            row.appendChild(element);
          };
          for (const currency of simulation.currencies) {
            const heading = document.createElement("h3");
            heading.textContent = `${currency.currency}: ${simulation.activeModel} (Gini ${currency.active.gini.toFixed(3)})`
              + ` against ${simulation.simulatedModel} (Gini ${currency.simulated.gini.toFixed(3)}), ${simulation.memberDays} member-days`;
            const table = document.createElement("table");
            table.className = "data";
            const head = table.createTHead().insertRow();
            ["Writer", simulation.activeModel, simulation.simulatedModel, "Change"].forEach((text) => cell(head, text, true));
            const body = table.createTBody();
            for (const writer of currency.writers) {
              const row = body.insertRow();
              [writer.writer, writer.active, writer.simulated, (writer.delta > 0 ? "+" : "") + writer.delta]
                .forEach((text) => cell(row, String(text)));
            }
            result.append(heading, table);
          }
          if (!simulation.currencies.length) result.textContent = "No member read anything that earned in these days.";
        })
        .catch((error) => report(form.querySelector("button"), error));
    });
  });

  document.querySelectorAll("select[data-role]").forEach((select) => {
    const before = select.value;
    select.addEventListener("change", () => {
      api("PUT", `/api/v1/admin/users/${select.dataset.role}/role`, { role: select.value })
        .catch((error) => { select.value = before; report(select, error); });
    });
  });

  const charts = document.querySelectorAll("canvas[data-chart]");
  if (charts.length) {
    const script = document.createElement("script");
    script.src = "/static/vendor/chart.umd.min.js";
    script.onload = () => charts.forEach((canvas) => {
      const data = JSON.parse(canvas.dataset.chart);
      const accent = getComputedStyle(document.documentElement).getPropertyValue("--accent").trim() || "#1a8917";
      new window.Chart(canvas, {
        type: "bar",
        data: { labels: data.labels, datasets: [{ label: data.label, data: data.values, backgroundColor: accent }] },
        options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
      });
    });
    document.head.appendChild(script);
  }
})();
