// Progressive enhancement only: every page works without this file.
// Copy buttons: shown when the clipboard can be used, copy the text of the element named by data-copy.
document.addEventListener('DOMContentLoaded', () => {
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll('button[data-copy]').forEach((button) => {
    const target = document.getElementById(button.dataset.copy);
    if (!target) {
      return;
    }
    const label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(target.textContent);
        button.textContent = button.dataset.copied;
        setTimeout(() => { button.textContent = label; }, 2000);
      } catch (e) {
        button.textContent = label;
      }
    });
  });
});
