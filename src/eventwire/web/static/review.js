// The review queue, keyboard first: j/k move, a accepts, r rejects (1-5 picks the reason),
// e edits (Enter saves), s splits, Esc closes a panel. Selecting words in the article
// offers to add a happening the extractor missed. No inline script: CSP allows 'self' only.
(function () {
  "use strict";
  var root = document.getElementById("review");
  if (!root) return;
  var canEdit = root.getAttribute("data-can-edit") === "yes";

  function byId(id) { return document.getElementById(id); }
  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }
  function openPanel(id, focusSelector) {
    ["review-reject", "review-edit", "review-add"].forEach(function (other) {
      var panel = byId(other);
      if (panel && other !== id) panel.hidden = true;
    });
    var panel = byId(id);
    if (!panel) return null;
    panel.hidden = false;
    var first = focusSelector ? panel.querySelector(focusSelector) : null;
    if (first) first.focus(); else panel.setAttribute("tabindex", "-1"), panel.focus();
    return panel;
  }
  function closePanels() {
    ["review-reject", "review-edit", "review-add"].forEach(function (id) {
      var panel = byId(id);
      if (panel) panel.hidden = true;
    });
    if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  }
  function go(id) {
    var link = byId(id);
    if (link) window.location.assign(link.href);
  }
  function submit(id) {
    var form = byId(id);
    if (form) (form.requestSubmit ? form.requestSubmit() : form.submit());
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var key = event.key;
    if (key === "Escape") { closePanels(); return; }
    var reject = byId("review-reject");
    if (reject && !reject.hidden && /^[1-9]$/.test(key) && !typing(event.target)) {
      var choice = reject.querySelector('input[data-key="' + key + '"]');
      if (choice) { event.preventDefault(); choice.checked = true; submit("review-reject"); }
      return;
    }
    if (typing(event.target)) return;
    if (key === "j") { event.preventDefault(); go("review-next"); }
    else if (key === "k") { event.preventDefault(); go("review-prev"); }
    else if (!canEdit) return;
    else if (key === "a") { event.preventDefault(); submit("review-accept"); }
    else if (key === "r") { event.preventDefault(); openPanel("review-reject", null); }
    else if (key === "e") { event.preventDefault(); openPanel("review-edit", "#edit-type"); }
    else if (key === "s") { event.preventDefault(); submit("review-split"); }
  });

  // In the edit form Enter saves from a drop-down too (inputs submit on Enter by themselves).
  var editForm = byId("review-edit");
  if (editForm) editForm.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.tagName === "SELECT") {
      event.preventDefault();
      submit("review-edit");
    }
  });

  var rejectOpen = byId("review-reject-open");
  if (rejectOpen) rejectOpen.addEventListener("click", function () { openPanel("review-reject", "input[name=reason]"); });
  var editOpen = byId("review-edit-open");
  if (editOpen) editOpen.addEventListener("click", function () { openPanel("review-edit", "#edit-type"); });

  // Merge: send the version of the duplicate chosen.
  var dup = byId("merge-dup");
  if (dup) dup.addEventListener("change", function () {
    var option = dup.options[dup.selectedIndex];
    byId("merge-dup-version").value = option.getAttribute("data-version");
  });

  // Place search in the gazetteer: pick a candidate to fill the place fields.
  var search = byId("place-search"), results = byId("place-results"), timer = null;
  function fill(item) {
    byId("edit-place_name").value = item.name || "";
    byId("edit-country").value = item.country || "";
    byId("edit-admin1").value = item.admin1 || "";
    byId("edit-lat").value = item.lat === null ? "" : item.lat;
    byId("edit-lon").value = item.lon === null ? "" : item.lon;
    results.textContent = "";
  }
  if (search && results) search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = search.value.trim();
      if (q.length < 2) { results.textContent = ""; return; }
      fetch("/review/places?q=" + encodeURIComponent(q), { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (body) {
          results.textContent = "";
          (body.items || []).forEach(function (item) {
            var li = document.createElement("li"), button = document.createElement("button");
            button.type = "button";
            button.textContent = item.name + " (" + [item.kind, item.admin1, item.country]
              .filter(Boolean).join(", ") + ")";
            button.addEventListener("click", function () { fill(item); });
            li.appendChild(button);
            results.appendChild(li);
          });
        });
    }, 200);
  });

  // Add a missed happening: the selected words' offsets in the article text.
  var text = byId("review-text"), add = byId("review-add");
  function offsetOf(node, offset) {
    var range = document.createRange();
    range.selectNodeContents(text);
    range.setEnd(node, offset);
    return range.toString().length;
  }
  if (text && add) text.addEventListener("mouseup", function () {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    var range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    var words = text.textContent.slice(start, end);
    var trimmed = words.replace(/^\s+/, "");
    start += words.length - trimmed.length;
    end = start + trimmed.replace(/\s+$/, "").length;
    if (end <= start) return;
    byId("add-start").value = start;
    byId("add-end").value = end;
    byId("add-words").textContent = text.textContent.slice(start, end);
    add.hidden = false;
  });

  var current = text && text.querySelector("mark.hl-sentence");
  if (current) text.scrollTop = Math.max(0, current.offsetTop - text.offsetTop - 40);
}());
