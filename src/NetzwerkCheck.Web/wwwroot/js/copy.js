// "Link kopieren": a button with data-copy="#field" copies that field's value and says so in the status line
// beside it. Without the clipboard (an old browser, http on another host) the field is selected instead.
document.querySelectorAll("[data-copy]").forEach(function (button) {
    var field = document.querySelector(button.dataset.copy);
    var status = button.closest(".copy-field") && button.closest(".copy-field").querySelector("[data-copy-status]");
    function say(text) {
        if (status) {
            status.textContent = text;
        }
    }
    button.addEventListener("click", function () {
        if (!field) {
            return;
        }
        field.select();
        if (!navigator.clipboard) {
            say(button.dataset.copyFailed);
            return;
        }
        navigator.clipboard.writeText(field.value).then(
            function () { say(button.dataset.copied); },
            function () { say(button.dataset.copyFailed); });
    });
});
