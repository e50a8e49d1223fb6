// The workbench without reloading: on each change, fetch the same page for the form's values and swap in
// the parts that depend on them. Without this script the form is sent and the page comes back whole.
(function () {
  "use strict";
  var form = document.getElementById("workbench-form");
  if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams) return;
  var timer = null;
  var controller = null;
  // Parts of the page that are rendered again from the form (never the field being typed in).
  var REGIONS = ["feiloversikt", "endringer", "beholdte", "resultat"];

  function query() {
    return new URLSearchParams(new FormData(form)).toString();
  }

  function keepTyped(fresh) {
    // What was typed into the fields of a swapped part since the request left is kept, and so is the focus.
    fresh.querySelectorAll("input[name], textarea[name]").forEach(function (field) {
      var live = form.elements.namedItem(field.name);
      if (live && live.value !== undefined) field.value = live.value;
    });
  }

  function swap(doc) {
    var focused = document.activeElement && document.activeElement.id;
    REGIONS.forEach(function (id) {
      var now = document.getElementById(id);
      var fresh = doc.getElementById(id);
      if (now && fresh) {
        keepTyped(fresh);
        now.replaceWith(document.importNode(fresh, true));
      }
    });
    document.querySelectorAll("tr[data-param]").forEach(function (row) {
      var fresh = doc.getElementById(row.id);
      if (!fresh) return;
      row.className = fresh.className;
      var message = document.getElementById("msg-" + row.dataset.param);
      var freshMessage = doc.getElementById("msg-" + row.dataset.param);
      if (message && freshMessage) message.replaceWith(document.importNode(freshMessage, true));
      var input = document.getElementById("p_" + row.dataset.param);
      var freshInput = doc.getElementById("p_" + row.dataset.param);
      if (input && freshInput) {
        if (freshInput.hasAttribute("aria-invalid")) input.setAttribute("aria-invalid", "true");
        else input.removeAttribute("aria-invalid");
      }
    });
    if (focused && document.getElementById(focused) && document.activeElement !== document.getElementById(focused)) {
      document.getElementById(focused).focus();
    }
    var status = document.getElementById("live-status");
    var freshStatus = doc.getElementById("summary");
    if (status) {
      var count = freshStatus ? freshStatus.getAttribute("data-status-changes") : null;
      var template = document.documentElement.lang === "en"
        ? "The result is updated: {count} kommuner change status."
        : "Resultatet er oppdatert: {count} kommuner endrer status.";
      status.textContent = count === null ? "" : template.replace("{count}", count);
    }
  }

  function update() {
    var params = query();
    if (controller) controller.abort();
    controller = new AbortController();
    document.body.setAttribute("aria-busy", "true");
    fetch(form.getAttribute("action") + "?" + params, {signal: controller.signal, headers: {"Accept": "text/html"}})
      .then(function (response) { return response.text(); })
      .then(function (html) {
        swap(new DOMParser().parseFromString(html, "text/html"));
        window.history.replaceState(null, "", form.getAttribute("action") + "?" + params);
        document.body.removeAttribute("aria-busy");
        document.body.setAttribute("data-updated", String(Date.now()));
      })
      .catch(function (error) {
        if (error.name !== "AbortError") document.body.removeAttribute("aria-busy");
      });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 350);
  }

  form.addEventListener("input", function (event) {
    if (event.target.hasAttribute("data-live") && event.target.tagName === "INPUT") later();
  });
  form.addEventListener("change", function (event) {
    if (event.target.hasAttribute("data-reload")) form.submit();  // another version: other parameters
    else if (event.target.hasAttribute("data-live")) later();
  });
})();
