// While a form is sent, its button says so and cannot be pressed twice.
document.addEventListener('submit', (event) => {
  const form = event.target;
  const label = form.dataset.busy;
  const button = form.querySelector('button[type="submit"]');
  if (label && button) {
    form.setAttribute('aria-busy', 'true');
    button.disabled = true;
    button.textContent = label;
  }
});
