// Projector: arrow keys and space step through the questions, R reveals or hides the results, and the
// stage refreshes itself about once a second when anything in the room changed.
(function () {
    var stage = document.getElementById("stage");
    if (!stage) { return; }

    function submit(key) {
        var form = document.querySelector('form[data-key="' + key + '"]');
        if (form) { form.requestSubmit ? form.requestSubmit() : form.submit(); }
    }

    document.addEventListener("keydown", function (event) {
        if (event.target.closest && event.target.closest("input, textarea, select")) { return; }
        if (event.key === "ArrowRight" || event.key === " " || event.key === "PageDown") { event.preventDefault(); submit("next"); }
        else if (event.key === "ArrowLeft" || event.key === "PageUp") { event.preventDefault(); submit("back"); }
        else if (event.key === "r" || event.key === "R") { event.preventDefault(); submit("reveal"); }
    });

    var busy = false;
    function currentVersion() {
        var inner = stage.querySelector("[data-version]");
        return inner ? inner.getAttribute("data-version") : "";
    }

    setInterval(function () {
        if (busy) { return; }
        busy = true;
        fetch(stage.getAttribute("data-version-url"), { cache: "no-store", credentials: "same-origin" })
            .then(function (r) { return r.ok ? r.text() : currentVersion(); })
            .then(function (version) {
                if (version === currentVersion()) { return null; }
                return fetch(stage.getAttribute("data-stage-url"), { cache: "no-store", credentials: "same-origin" })
                    .then(function (r) { return r.ok ? r.text() : null; })
                    .then(function (html) {
                        if (html) {
                            stage.innerHTML = html;
                            var people = stage.querySelector("[data-participants]");
                            var counter = document.getElementById("participant-count");
                            if (people && counter) { counter.textContent = people.getAttribute("data-participants"); }
                        }
                    });
            })
            .catch(function () { /* offline for a moment: try again next tick */ })
            .then(function () { busy = false; });
    }, 1000);
})();
