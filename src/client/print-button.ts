/** A «Print» button (button[data-print]) opens the browser's print dialog; the page's print stylesheet makes the brief. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) button.addEventListener('click', () => window.print());
