"use strict";

const message = document.getElementById("message");

function formatDate(iso) {
  return iso ? new Date(iso).toLocaleString() : "never";
}

function renderPasskeys(passkeys) {
  const list = document.getElementById("passkeys");
  list.replaceChildren();
  document.getElementById("no-passkeys").hidden = passkeys.length > 0;
  for (const passkey of passkeys) {
    const item = document.createElement("li");
    item.dataset.credentialId = passkey.id; // lets tests and tools tell passkeys of the same name apart
    const text = document.createElement("div");
    const name = document.createElement("strong");
    name.textContent = passkey.name;
    const meta = document.createElement("div");
    meta.className = "passkey-meta";
    meta.textContent = `Created ${formatDate(passkey.createdAt)} · last used ${formatDate(passkey.lastUsedAt)}`
      + (passkey.backupEligible ? " · synced" : " · this device only");
    text.append(name, meta);
    const actions = document.createElement("div");
    actions.className = "row";
    const rename = document.createElement("button");
    rename.type = "button";
    rename.className = "secondary small";
    rename.textContent = "Rename";
    rename.setAttribute("aria-label", `Rename ${passkey.name}`);
    rename.addEventListener("click", async () => {
      const newName = window.prompt("New name for this passkey", passkey.name);
      if (!newName) return;
      try {
        await api("PATCH", `/api/passkeys/${encodeURIComponent(passkey.id)}`, { name: newName });
        await refresh();
      } catch (error) {
        show(message, error.message);
      }
    });
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "danger small";
    remove.textContent = "Delete";
    remove.setAttribute("aria-label", `Delete ${passkey.name}`);
    remove.addEventListener("click", async () => {
      if (!window.confirm(`Delete “${passkey.name}”? You will no longer be able to sign in with it.`)) return;
      try {
        await api("DELETE", `/api/passkeys/${encodeURIComponent(passkey.id)}`);
        show(message, "The passkey was deleted.", "ok");
        await refresh();
      } catch (error) {
        show(message, error.message);
      }
    });
    actions.append(rename, remove);
    item.append(text, actions);
    list.append(item);
  }
}

async function refresh() {
  let me;
  try {
    me = await api("GET", "/api/me");
  } catch (error) {
    window.location.assign("/login");
    return;
  }
  document.getElementById("display-name").textContent = me.displayName;
  document.getElementById("email").textContent = me.email;
  document.getElementById("prompt").hidden = !me.promptForPasskey;
  renderPasskeys((await api("GET", "/api/passkeys")).passkeys);
}

async function create(hint) {
  try {
    const created = await createPasskey(hint);
    document.getElementById("prompt").hidden = true;
    show(message, `Your passkey “${created.passkey.name}” was created. Next time, sign in with it.`, "ok");
    await refresh();
  } catch (error) {
    show(message, error.friendly || error.message);
  }
}

document.getElementById("create-passkey").addEventListener("click", () => create("client-device"));
document.getElementById("add-passkey").addEventListener("click", () => create("hybrid"));
document.getElementById("not-now").addEventListener("click", async () => {
  await api("POST", "/api/passkeys/prompt/dismiss", {});
  document.getElementById("prompt").hidden = true;
});
document.getElementById("logout").addEventListener("click", async () => {
  await api("POST", "/api/logout", {});
  window.location.assign("/login");
});

refresh();
