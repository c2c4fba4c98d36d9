// Draws the dashboard's figures with ECharts from /dashboard/charts.json (no inline scripts: the CSP forbids them).
// Every bar, point, flow and item opens the records behind it; so does each number in the table under the chart.
(function () {
	'use strict';
	const root = document.getElementById('dashboard');
	if (!root) return;
	const recordsBase = root.dataset.records;
	const instances = {};

	/** The records page of a figure: its category (d1) and, if given, its series (d2). */
	function recordsUrl(chart, d1, d2) {
		const q = new URLSearchParams();
		q.set('chart', chart.chart);
		q.set('year', String(chart.year));
		q.set(chart.params[0], d1);
		if (d2 != null && chart.params[1]) q.set(chart.params[1], d2);
		return recordsBase + '?' + q.toString();
	}

	function measured(chart) {
		return chart.unit === '日';
	}

	function option(chart) {
		if (chart.type === 'sankey') {
			const names = new Map();
			chart.categories.forEach((n) => names.set(n.code, n.label));
			const nodes = [];
			const seen = new Set();
			const node = (name) => { if (!seen.has(name)) { seen.add(name); nodes.push({ name }); } return name; };
			// The receiving side carries an invisible mark so that A→B and B→A never make a cycle.
			const links = chart.links.map((l) => ({
				source: node(l.fromLabel), target: node(l.toLabel + '\u200b'), value: l.value,
				from: l.from, to: l.to, meanDays: l.meanDays, medianDays: l.medianDays,
			}));
			return {
				animation: false,
				tooltip: {
					trigger: 'item',
					formatter: (p) => p.dataType === 'edge'
						? `${p.data.source} → ${p.data.target}<br>${p.data.value}件` + (p.data.meanDays != null
							? `（受理まで 平均${p.data.meanDays}日・中央値${p.data.medianDays}日）` : '（受理前・差戻し）')
						: `${p.name}`,
				},
				series: [{
					type: 'sankey', left: 8, right: 160, top: 8, bottom: 8, nodeGap: 10, draggable: false,
					emphasis: { focus: 'adjacency' }, lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.4 },
					label: { fontSize: 11 }, data: nodes, links,
				}],
			};
		}
		const many = chart.categories.length > 6;
		return {
			animation: false,
			color: ['#3b6fb6', '#e07b39', '#5aa469', '#c94f6d', '#8e6bbf', '#d4a72c', '#4fa3a5', '#7f7f7f', '#a0522d',
				'#2f4b7c', '#ff7c43', '#665191', '#3d9970', '#b10dc9', '#85144b', '#aaaaaa'],
			tooltip: { trigger: 'item' },
			legend: chart.series.length > 1 ? { type: 'scroll', top: 0 } : undefined,
			grid: { left: 8, right: 16, top: chart.series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
			xAxis: { type: 'category', data: chart.categories.map((c) => c.label),
				axisLabel: { interval: 0, rotate: many && chart.params[0] !== 'month' ? 30 : 0, fontSize: 11 } },
			yAxis: { type: 'value', minInterval: measured(chart) ? 0 : 1, name: chart.unit },
			series: chart.series.map((s) => ({
				name: s.label, type: chart.type, stack: chart.stacked ? 'total' : undefined,
				data: measured(chart) ? s.mean.map((m) => (m == null ? 0 : m)) : s.data,
				emphasis: { focus: 'series' }, barMaxWidth: 48,
			})),
		};
	}

	/** Where a click on the chart leads, or null. */
	function target(chart, p) {
		if (chart.type === 'sankey') {
			if (p.dataType === 'edge') return recordsUrl(chart, p.data.from, p.data.to);
			const link = chart.links.find((l) => l.fromLabel === p.name);
			return link ? recordsUrl(chart, link.from, null) : null;
		}
		const category = chart.categories[p.dataIndex];
		const series = chart.series[p.seriesIndex];
		if (!category || !series) return null;
		return recordsUrl(chart, category.code, chart.params[1] ? series.code : null);
	}

	/** The figure as a table with links, for keyboards and screen readers. */
	function table(chart) {
		const details = document.createElement('details');
		const summary = document.createElement('summary');
		summary.textContent = '表で見る';
		details.appendChild(summary);
		const t = document.createElement('table');
		const head = t.createTHead().insertRow();
		if (chart.type === 'sankey') {
			['依頼元', 'つなぎ先', '件数', '受理まで平均', '中央値'].forEach((h) => { const th = document.createElement('th'); th.textContent = h; head.appendChild(th); });
			const body = t.createTBody();
			chart.links.forEach((l) => {
				const row = body.insertRow();
				row.insertCell().textContent = l.fromLabel;
				row.insertCell().textContent = l.toLabel;
				const a = document.createElement('a');
				a.href = recordsUrl(chart, l.from, l.to);
				a.textContent = l.value + '件';
				a.dataset.figure = l.from + '|' + l.to;
				row.insertCell().appendChild(a);
				row.insertCell().textContent = l.meanDays == null ? '—' : l.meanDays + '日';
				row.insertCell().textContent = l.medianDays == null ? '—' : l.medianDays + '日';
			});
		}
		else {
			const first = document.createElement('th');
			head.appendChild(first);
			chart.series.forEach((s) => { const th = document.createElement('th'); th.textContent = s.label; head.appendChild(th); });
			const body = t.createTBody();
			chart.categories.forEach((c, i) => {
				const row = body.insertRow();
				row.insertCell().textContent = c.label;
				chart.series.forEach((s) => {
					const cell = row.insertCell();
					const n = s.data[i];
					const text = measured(chart) ? (s.mean[i] == null ? '—' : s.mean[i] + '日（' + n + '件）') : String(n);
					if (n > 0) {
						const a = document.createElement('a');
						a.href = recordsUrl(chart, c.code, chart.params[1] ? s.code : null);
						a.textContent = text;
						a.dataset.figure = c.code + '|' + s.code;
						cell.appendChild(a);
					}
					else {
						cell.textContent = text;
					}
				});
			});
		}
		details.appendChild(t);
		return details;
	}

	function card(chart) {
		const section = document.createElement('section');
		section.className = 'chart-card' + (chart.type === 'sankey' || chart.params[0] === 'month' && chart.series.length > 8 ? ' wide' : '');
		section.dataset.chart = chart.chart;
		const h = document.createElement('h2');
		h.textContent = chart.title;
		section.appendChild(h);
		const summary = document.createElement('p');
		summary.className = 'summary';
		summary.textContent = '合計 ' + chart.total + (chart.unit === '日' ? '件' : chart.unit)
			+ (chart.mean != null ? '・平均 ' + chart.mean + '日・中央値 ' + chart.median + '日' : '');
		section.appendChild(summary);
		const el = document.createElement('div');
		el.className = 'chart';
		el.id = 'chart-' + chart.chart;
		el.setAttribute('role', 'img');
		el.setAttribute('aria-label', chart.title);
		section.appendChild(el);
		if (chart.note) {
			const note = document.createElement('p');
			note.className = 'note';
			note.textContent = chart.note;
			section.appendChild(note);
		}
		section.appendChild(table(chart));
		return { section, el };
	}

	function render(data) {
		root.textContent = '';
		data.charts.forEach((chart) => {
			const { section, el } = card(chart);
			root.appendChild(section);
			const instance = echarts.init(el, null, { renderer: 'canvas' });
			instance.on('finished', () => { el.dataset.drawn = 'true'; });
			instance.on('click', (p) => { const url = target(chart, p); if (url) window.location.assign(url); });
			instance.setOption(option(chart));
			instances[chart.chart] = instance;
		});
		window.addEventListener('resize', () => Object.values(instances).forEach((i) => i.resize()));
		root.dataset.ready = 'true';
	}

	window.kasaneDashboard = { instances, recordsUrl };
	if (!window.echarts) {
		root.textContent = 'グラフを描く部品（ECharts）を読み込めませんでした。';
		return;
	}
	fetch(root.dataset.src, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
		.then((r) => { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
		.then(render)
		.catch(() => { root.textContent = 'グラフを読み込めませんでした。ページを開き直してください。'; });
})();
