// After a failed submit, move focus to the list of problems so keyboard and screen-reader users start there.
(function () {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }
})();
