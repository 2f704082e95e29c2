// Participant phone: follow the facilitator. The server sends the current question over server-sent
// events (/w/{code}/events); when it is not the one on this page, or the workshop ended, reload to
// show it. Without JavaScript the page's refresh link does the same.
(function () {
    var room = document.getElementById("room");
    if (!room || room.getAttribute("data-closed") === "true" || !window.EventSource) { return; }
    var events = new EventSource(room.getAttribute("data-events-url"));
    var reloading = false;
    function reload() {
        if (reloading) { return; }
        reloading = true;
        events.close();
        window.location.reload();
    }
    events.addEventListener("state", function (event) {
        var state = JSON.parse(event.data);
        if (String(state.question) !== room.getAttribute("data-question") || String(state.closed) !== room.getAttribute("data-closed")) {
            reload();
        }
    });
    events.addEventListener("gone", reload);
    // A lost connection reconnects by itself (EventSource); nothing to do here.
})();
