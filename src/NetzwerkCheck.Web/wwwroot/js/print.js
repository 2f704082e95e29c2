// Opens the browser's print dialog (where "Als PDF speichern" lives) from the report toolbar. A button with
// data-print-only="#id" prints just that part of the page (e.g. the sheet of invitation links, not the results).
document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () {
        var only = button.dataset.printOnly ? document.querySelector(button.dataset.printOnly) : null;
        if (only) {
            only.classList.add("print-target");
            document.body.classList.add("print-only");
            window.addEventListener("afterprint", function () {
                only.classList.remove("print-target");
                document.body.classList.remove("print-only");
            }, { once: true });
        }
        window.print();
    });
});
