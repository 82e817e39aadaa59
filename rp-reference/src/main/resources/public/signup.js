"use strict";

document.getElementById("signup-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target;
  const message = document.getElementById("message");
  try {
    await api("POST", "/api/signup", {
      email: form.email.value,
      password: form.password.value,
      displayName: form.displayName.value,
    });
    window.location.assign("/account");
  } catch (error) {
    show(message, error.message);
  }
});
