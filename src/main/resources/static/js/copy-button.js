// Copy buttons: <button data-copy-target="id-of-an-input">. Uses the Clipboard API where the
// page is a secure context, and selects the text otherwise so that Ctrl+C does the rest.
(function () {
  document.querySelectorAll('[data-copy-target]').forEach((button) => {
    button.addEventListener('click', () => {
      const input = document.getElementById(button.dataset.copyTarget);
      if (!input) return;
      const done = () => {
        const label = button.textContent;
        button.textContent = 'Copied';
        setTimeout(() => { button.textContent = label; }, 1500);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(done, () => input.select());
      } else {
        input.select();
        try { document.execCommand('copy'); done(); } catch (e) { /* selected; the person copies by hand */ }
      }
    });
  });
})();
