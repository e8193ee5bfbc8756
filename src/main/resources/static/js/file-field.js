// File fields of the issue and comment forms: say at once when a chosen file is over the size
// limit, instead of after uploading it. The server checks again; this only saves the wait.
(function () {
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach((input) => {
    const error = document.getElementById(input.id + '-error');
    const max = Number(input.dataset.maxBytes);
    input.addEventListener('change', () => {
      const tooLarge = Array.from(input.files).filter((file) => file.size > max);
      const message = tooLarge.length === 0 ? ''
        : tooLarge.map((file) => '“' + file.name + '”').join(', ') + ' is too large (maximum is '
          + Math.floor(max / 1048576) + ' MB)';
      input.setCustomValidity(message);
      if (error) { error.textContent = message; error.hidden = message === ''; }
    });
  });
})();
