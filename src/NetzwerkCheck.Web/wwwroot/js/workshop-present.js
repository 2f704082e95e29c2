// Projector: arrow keys and space step through the questions, R reveals or hides the results. A key
// submits the same form as the button on the page, so keyboard and buttons (and pages without
// JavaScript) behave the same. The room's answers arrive over server-sent events
// (?handler=Events): the counts change at once, and the stage is fetched again as server-rendered HTML.
(function () {
    var stage = document.getElementById("stage");
    if (!stage) { return; }

    function submit(key) {
        var form = document.querySelector('form[data-key="' + key + '"]');
        if (form) { form.requestSubmit ? form.requestSubmit() : form.submit(); }
    }

    // Group assessment: M takes the room's median, a digit sets that value; the same buttons as on the page.
    function agree(selector, event) {
        var button = document.querySelector(selector);
        if (button) { event.preventDefault(); button.click(); }
    }

    document.addEventListener("keydown", function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey) { return; }
        if (event.target.closest && event.target.closest("input, textarea, select, button, a")) {
            // Space and Enter keep their own meaning on a focused button or link.
            if (event.key === " " || event.key === "Enter") { return; }
        }
        if (event.key === "ArrowRight" || event.key === " " || event.key === "PageDown") { event.preventDefault(); submit("next"); }
        else if (event.key === "ArrowLeft" || event.key === "PageUp") { event.preventDefault(); submit("back"); }
        else if (event.key === "r" || event.key === "R") { event.preventDefault(); submit("reveal"); }
        else if (event.key === "m" || event.key === "M") { agree('#agree-median', event); }
        else if (/^[0-9]$/.test(event.key)) { agree('button[data-agree-value="' + event.key + '"]', event); }
    });

    if (!window.EventSource) { return; }

    function setText(id, value) {
        var element = document.getElementById(id);
        if (element && element.textContent !== String(value)) { element.textContent = String(value); }
    }

    function shownVersion() {
        var inner = stage.querySelector("[data-version]");
        return inner ? inner.getAttribute("data-version") : "";
    }

    // One stage request at a time; a change that arrives meanwhile triggers one more afterwards.
    var loading = false, again = false;
    function loadStage() {
        if (loading) { again = true; return; }
        loading = true;
        fetch(stage.getAttribute("data-stage-url"), { cache: "no-store", credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) { if (html) { stage.innerHTML = html; } })
            .catch(function () { /* the next event tries again */ })
            .then(function () {
                loading = false;
                if (again) { again = false; loadStage(); }
            });
    }

    var events = new EventSource(stage.getAttribute("data-events-url"));
    events.addEventListener("state", function (event) {
        var state = JSON.parse(event.data);
        setText("answer-count", state.respondents);
        setText("participant-count", state.participants);
        var reveal = document.getElementById("present-reveal");
        if (reveal) { reveal.textContent = reveal.getAttribute(state.revealed ? "data-label-hide" : "data-label-show"); }
        if (String(state.version) !== shownVersion()) { loadStage(); }
    });
    events.addEventListener("gone", function () { events.close(); window.location.reload(); });
})();
