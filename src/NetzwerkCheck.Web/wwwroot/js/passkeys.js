// Passkeys: a form marked data-passkey asks the server for options, lets the browser's authenticator create or
// use a passkey, and sends the answer as JSON in the form's CredentialJson field; the server checks everything.
// Without WebAuthn's JSON helpers (older browsers) the forms stay hidden and the page works as before.
(function () {
    "use strict";
    var supported = window.PublicKeyCredential
        && typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function"
        && typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function";
    document.querySelectorAll("[data-passkey-unsupported]").forEach(function (note) {
        note.hidden = !!supported;
    });
    if (!supported) {
        return;
    }

    document.querySelectorAll("form[data-passkey]").forEach(function (form) {
        var status = form.querySelector("[data-passkey-status]");
        var credentialField = form.querySelector("input[name=CredentialJson]");
        form.hidden = false;

        function say(text) {
            status.textContent = text;
        }

        form.addEventListener("submit", async function (event) {
            if (credentialField.value) {
                return;
            }
            event.preventDefault();
            say(form.dataset.passkeyWaiting);
            try {
                var response = await fetch(form.dataset.passkeyOptions, {
                    method: "POST",
                    body: new FormData(form),
                    credentials: "same-origin",
                });
                var answer = await response.json().catch(function () { return {}; });
                if (!response.ok) {
                    say(answer.message || form.dataset.passkeyFailed);
                    return;
                }
                var credential = form.dataset.passkey === "create"
                    ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(answer) })
                    : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(answer) });
                credentialField.value = JSON.stringify(credential);
                form.submit();
            } catch (problem) {
                say(problem && problem.name === "NotAllowedError" ? form.dataset.passkeyCancelled : form.dataset.passkeyFailed);
            }
        });
    });
})();
