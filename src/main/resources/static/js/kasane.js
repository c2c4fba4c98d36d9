// Small helpers for pages; no inline scripts (the Content-Security-Policy forbids them).
document.addEventListener('DOMContentLoaded', () => {
	// Warn before leaving a form with unsaved input, so work is not lost by a stray click.
	document.querySelectorAll('form[data-guard]').forEach((form) => {
		let dirty = false;
		form.addEventListener('input', () => { dirty = true; });
		form.addEventListener('submit', () => { dirty = false; });
		window.addEventListener('beforeunload', (e) => { if (dirty) { e.preventDefault(); e.returnValue = ''; } });
	});
	// Show the hub type and contractor inputs only where they apply.
	document.querySelectorAll('[data-show-when]').forEach((el) => {
		const source = document.getElementById(el.dataset.showWhen);
		if (!source) return;
		const update = () => { el.hidden = source.type === 'checkbox' ? !source.checked : false; };
		source.addEventListener('change', update);
		update();
	});
	document.querySelectorAll('[data-confirm]').forEach((el) => {
		el.addEventListener('click', (e) => { if (!window.confirm(el.dataset.confirm)) e.preventDefault(); });
	});
});
