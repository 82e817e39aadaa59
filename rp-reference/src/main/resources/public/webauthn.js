// WebAuthn JSON helpers: the browser's own parse/toJSON where it has them (WebAuthn L3 §5.1.8-5.1.9),
// a small base64url fallback where it does not.
"use strict";

const b64url = {
  toBytes(text) {
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
    return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  },
  fromBytes(buffer) {
    const bytes = new Uint8Array(buffer);
    let text = "";
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  },
};

function creationOptionsFromJSON(json) {
  if (window.PublicKeyCredential && PublicKeyCredential.parseCreationOptionsFromJSON) {
    return PublicKeyCredential.parseCreationOptionsFromJSON(json);
  }
  return {
    ...json,
    challenge: b64url.toBytes(json.challenge),
    user: { ...json.user, id: b64url.toBytes(json.user.id) },
    excludeCredentials: (json.excludeCredentials || []).map((c) => ({ ...c, id: b64url.toBytes(c.id) })),
  };
}

function requestOptionsFromJSON(json) {
  if (window.PublicKeyCredential && PublicKeyCredential.parseRequestOptionsFromJSON) {
    return PublicKeyCredential.parseRequestOptionsFromJSON(json);
  }
  return {
    ...json,
    challenge: b64url.toBytes(json.challenge),
    allowCredentials: (json.allowCredentials || []).map((c) => ({ ...c, id: b64url.toBytes(c.id) })),
  };
}

function credentialToJSON(credential) {
  if (typeof credential.toJSON === "function") {
    try { return credential.toJSON(); } catch (e) { /* fall back below */ }
  }
  const r = credential.response;
  const response = { clientDataJSON: b64url.fromBytes(r.clientDataJSON) };
  if (r.attestationObject) {
    response.attestationObject = b64url.fromBytes(r.attestationObject);
    if (r.getAuthenticatorData) response.authenticatorData = b64url.fromBytes(r.getAuthenticatorData());
    if (r.getTransports) response.transports = r.getTransports();
    if (r.getPublicKey && r.getPublicKey()) response.publicKey = b64url.fromBytes(r.getPublicKey());
    if (r.getPublicKeyAlgorithm) response.publicKeyAlgorithm = r.getPublicKeyAlgorithm();
  } else {
    response.authenticatorData = b64url.fromBytes(r.authenticatorData);
    response.signature = b64url.fromBytes(r.signature);
    if (r.userHandle) response.userHandle = b64url.fromBytes(r.userHandle);
  }
  return {
    id: credential.id,
    rawId: b64url.fromBytes(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment || undefined,
    response,
    clientExtensionResults: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {},
  };
}

async function api(method, path, body) {
  const init = { method, headers: { Accept: "application/json" }, credentials: "same-origin" };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const text = await response.text();
  const data = text ? JSON.parse(text) : {};
  if (!response.ok) {
    const error = new Error(data.errorMessage || `The server answered ${response.status}.`);
    error.status = response.status;
    throw error;
  }
  return data;
}

// What a person should read when the browser refuses a ceremony (DOMException names, WebAuthn L3 §5.1.3-5.1.4).
function explainWebAuthnError(error, during) {
  switch (error && error.name) {
    case "NotAllowedError":
      return during === "create"
        ? "You cancelled the passkey prompt — you can create one later from your account page."
        : "The passkey sign-in was cancelled or timed out. You can try again or sign in with your password.";
    case "InvalidStateError":
      return "This device already has a passkey for your account. Use another device to add a second one.";
    case "SecurityError":
      return "This page's address does not match the site's passkey settings, so the browser refused.";
    case "NotSupportedError":
      return "This browser or device cannot create the kind of passkey this site asks for.";
    case "AbortError":
      return "The passkey prompt was closed.";
    default:
      return (error && error.message) || "Something went wrong with the passkey.";
  }
}

function show(element, text, kind) {
  element.textContent = text;
  element.className = "message " + (kind || "error");
}

// hint: "client-device" for this device, "hybrid" for a phone or another device (WebAuthn L3 §5.4.9).
async function createPasskey(hint) {
  const json = await api("POST", "/api/passkeys/registration/options", hint ? { hint } : {});
  let credential;
  try {
    credential = await navigator.credentials.create({ publicKey: creationOptionsFromJSON(json) });
  } catch (error) {
    error.friendly = explainWebAuthnError(error, "create");
    throw error;
  }
  return api("POST", "/api/passkeys/registration/verify", credentialToJSON(credential));
}

async function signInWithPasskey(email, mediation, signal) {
  const json = await api("POST", "/api/passkeys/authentication/options", email ? { email } : {});
  const request = { publicKey: requestOptionsFromJSON(json) };
  if (mediation) request.mediation = mediation;
  if (signal) request.signal = signal;
  let credential;
  try {
    credential = await navigator.credentials.get(request);
  } catch (error) {
    error.friendly = explainWebAuthnError(error, "get");
    throw error;
  }
  return api("POST", "/api/passkeys/authentication/verify", credentialToJSON(credential));
}
