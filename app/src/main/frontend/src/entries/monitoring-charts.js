// Draws the monitoring pages' charts (figure[data-chart]) from the tables beside them with
// chart.js. See monitoring/README.md.
import { mountCharts } from '../monitoring/charts.js';

mountCharts(document);
