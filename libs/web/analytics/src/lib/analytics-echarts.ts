import { BarChart, LineChart, PieChart, ScatterChart, TreemapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the analytics page draws (bars, lines, pies, the Kraljic scatter with its
 * quadrant areas and lines, the spend treemap; on canvas): imported when the first chart renders,
 * so it is a lazy chunk of its own behind the (itself lazy) analytics page.
 */
echarts.use([BarChart, LineChart, PieChart, ScatterChart, TreemapChart, GridComponent, LegendComponent, TooltipComponent, MarkAreaComponent, MarkLineComponent, LabelLayout, CanvasRenderer]);

export { echarts };
