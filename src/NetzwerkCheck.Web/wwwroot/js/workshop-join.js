// Participant phone: follow the facilitator. When the projector moves to another question (or the
// workshop ends), reload to show it.
(function () {
    var room = document.getElementById("room");
    if (!room) { return; }
    var url = room.getAttribute("data-state-url");
    setInterval(function () {
        fetch(url, { cache: "no-store", credentials: "same-origin" })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (state) {
                if (!state) { return; }
                if (String(state.question) !== room.getAttribute("data-question") || String(state.closed) !== room.getAttribute("data-closed")) {
                    window.location.reload();
                }
            })
            .catch(function () { /* no connection for a moment: try again */ });
    }, 1000);
})();
