"use strict";

const message = document.getElementById("message");
let conditional;

async function finishSignIn(promise) {
  try {
    await promise;
    window.location.assign("/account");
  } catch (error) {
    if (error.name === "AbortError") return; // a conditional request we cancelled ourselves
    show(message, error.friendly || error.message);
  }
}

function cancelConditional() {
  if (conditional) conditional.abort();
  conditional = undefined;
}

// Conditional mediation: passkeys offered in the email field's autofill (WebAuthn L3 §5.1.4, mediation "conditional").
async function startConditionalUi() {
  if (!window.PublicKeyCredential || !PublicKeyCredential.isConditionalMediationAvailable) return;
  if (!(await PublicKeyCredential.isConditionalMediationAvailable())) return;
  conditional = new AbortController();
  finishSignIn(signInWithPasskey(undefined, "conditional", conditional.signal));
}

document.getElementById("passkey-signin").addEventListener("click", () => {
  cancelConditional();
  finishSignIn(signInWithPasskey());
});

document.getElementById("passkey-for-email").addEventListener("click", () => {
  const email = document.getElementById("email").value;
  if (!email) {
    show(message, "Enter your email first, then choose “Use a passkey for this email”.");
    return;
  }
  cancelConditional();
  finishSignIn(signInWithPasskey(email));
});

document.getElementById("login-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const form = event.target;
  cancelConditional();
  finishSignIn(api("POST", "/api/login", { email: form.email.value, password: form.password.value }));
});

startConditionalUi();
