// Opens the browser's print dialog (where "Als PDF speichern" lives) from the report toolbar.
document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
});
