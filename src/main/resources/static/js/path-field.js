// New group / new project forms: fill the path from the name until the person edits the path
// themselves, and say while they type whether the path is valid and free.
(function () {
  const form = document.querySelector('form[data-path-check]');
  if (!form) return;
  const name = form.querySelector('#name');
  const path = form.querySelector('#path');
  const parent = form.querySelector('[name=parentId], [name=namespaceId]');
  const status = form.querySelector('.path-status');
  let pathEdited = path.value !== '';
  let timer = null;

  const slugify = (text) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z0-9_.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 255);

  const check = () => {
    if (!path.value) { status.textContent = ''; return; }
    const query = new URLSearchParams({ path: path.value });
    if (parent && parent.value) query.set('parent_id', parent.value);
    fetch(form.dataset.pathCheck + '?' + query, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => response.ok ? response.json() : null)
      .then((result) => {
        if (!result) return;
        status.textContent = result.message;
        status.className = 'path-status ' + (result.valid ? 'ok' : 'error');
        path.classList.toggle('invalid', !result.valid);
      })
      .catch(() => { status.textContent = ''; });
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(check, 250); };

  name.addEventListener('input', () => { if (!pathEdited) { path.value = slugify(name.value); later(); } });
  path.addEventListener('input', () => { pathEdited = path.value !== ''; later(); });
  if (parent) parent.addEventListener('change', later);
})();
