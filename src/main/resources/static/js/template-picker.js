// New issue form: picking a description template fills the description at once (without
// scripts the picker's own "Apply template" button reloads the form with ?issuable_template=).
(function () {
  const picker = document.querySelector('form[data-template-picker]');
  const description = document.getElementById('description');
  if (!picker || !description) return;
  const select = picker.querySelector('select');
  const apply = picker.querySelector('.apply-template');
  if (apply) apply.hidden = true;
  let applied = description.value;
  select.addEventListener('change', () => {
    const option = select.selectedOptions[0];
    if (!option || !option.value) return;
    const edited = description.value.trim() !== '' && description.value !== applied;
    if (edited && !window.confirm('Replace the description you wrote with the template?')) return;
    description.value = option.dataset.content || '';
    applied = description.value;
    description.focus();
  });
  picker.addEventListener('submit', (event) => event.preventDefault());
})();
