import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the auction chart draws (a line chart on a grid, its tooltip and legend, on
 * canvas): imported by the chart when it first renders, so this is a lazy chunk of its own, a third of
 * the whole library's size.
 */
echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export { echarts };
