package plasticity.cli;

import java.awt.Color;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The look the results pages' plots share: white, light grid, legend below in a row. */
final class PlotStyle {
  private PlotStyle() {}

  static void apply(AxesChartStyler s) {
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotGridLinesColor(new Color(225, 225, 225));
    s.setAntiAlias(true);
  }
}
