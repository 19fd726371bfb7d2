import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Legend, Tooltip
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Legend, Tooltip);

/* Colours that keep 3:1 against white; lines also differ by dash and point shape. */
const SERIES = [
  { color: '#0b4f9c', dash: [], point: 'circle' },
  { color: '#b00020', dash: [6, 3], point: 'triangle' },
  { color: '#1e6b35', dash: [2, 2], point: 'rect' },
  { color: '#7a4a00', dash: [8, 2, 2, 2], point: 'rectRot' }
];

/** Draws every `figure[data-chart]` below root from the table it names. */
export function mountCharts(root) {
  root.querySelectorAll('figure[data-chart]').forEach((figure) => {
    try {
      drawChart(figure);
    } catch (error) {
      console.error(error);
      figure.hidden = true; // the table below says it all
    }
  });
}

function drawChart(figure) {
  const table = document.getElementById(figure.dataset.chartTable);
  const canvas = figure.querySelector('canvas');
  if (!table || !canvas) {
    throw new Error(`Expected the table #${figure.dataset.chartTable} and a canvas for the chart`);
  }
  const columns = (figure.dataset.chartColumns ?? '1').split(',').map((n) => Number(n.trim()));
  const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
  const rows = [...table.querySelectorAll('tbody tr')];
  const labels = rows.map((row) => row.cells[0].textContent.trim().split('\n')[0].trim());
  const datasets = columns.map((column, index) => {
    const series = SERIES[index % SERIES.length];
    return {
      label: headings[column],
      data: rows.map((row) => number(row.cells[column]?.textContent)),
      backgroundColor: series.color,
      borderColor: series.color,
      borderDash: series.dash,
      pointStyle: series.point,
      pointRadius: 4
    };
  });
  const kind = figure.dataset.chart;
  new Chart(canvas, {
    type: kind === 'line' ? 'line' : 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: kind === 'line' ? 'x' : 'y',
      scales: {
        x: { stacked: kind === 'stacked', beginAtZero: true },
        y: { stacked: kind === 'stacked', beginAtZero: true }
      },
      plugins: { legend: { labels: { usePointStyle: true } } }
    }
  });
  figure.classList.add('chart--ready');
}

function number(text) {
  const value = parseFloat(String(text ?? '').replace(/[^0-9.\-]/g, ''));
  return Number.isFinite(value) ? value : 0;
}
