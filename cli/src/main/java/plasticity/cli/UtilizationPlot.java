package plasticity.cli;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import plasticity.golden.maeri.mapper.SystolicArray;
import plasticity.cli.MaeriResultsCommand.Result;

/**
 * maeri-utilization.png: one panel per N, a group of bars per layer: MAERI's utilization at
 * dnBw = rnBw = 8 and at N/4, and the systolic array's.
 */
final class UtilizationPlot {
  private static final Color[] COLORS = {new Color(0x1f, 0x77, 0xb4), new Color(0xff, 0x7f, 0x0e),
      new Color(0x7f, 0x7f, 0x7f)};

  private UtilizationPlot() {}

  static byte[] png(List<Result> results, List<Integer> ns) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    List<CategoryChart> panels = new ArrayList<>();
    for (int n : ns) {
      panels.add(panel(results, n));
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      BitmapEncoder.saveBitmap(panels, panels.size(), 1, bytes, BitmapEncoder.BitmapFormat.PNG);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + MaeriResultsCommand.PLOT_NAME + ": " + e.getMessage(), e);
    }
  }

  private static CategoryChart panel(List<Result> results, int n) {
    List<String> layers = new ArrayList<>();
    List<Double> low = new ArrayList<>();
    List<Double> high = new ArrayList<>();
    List<Double> systolic = new ArrayList<>();
    for (Result r : results) {
      if (r.fabric().n() != n) {
        continue;
      }
      if (r.fabric().dnBw() == 8) {
        layers.add(r.entry().name());
        low.add(r.choice().cost().utilization());
        systolic.add(r.systolicUtilization());
      } else {
        high.add(r.choice().cost().utilization());
      }
    }
    CategoryChart chart = new CategoryChartBuilder().width(1100).height(460)
        .title("N = " + n + ": utilization (MACs / (N cycles)) per layer").yAxisTitle("utilization").build();
    CategoryStyler s = chart.getStyler();
    PlotStyle.apply(s);
    s.setSeriesColors(COLORS);
    s.setYAxisMin(0.0);
    s.setYAxisMax(1.0);
    s.setXAxisLabelRotation(60);
    s.setYAxisDecimalPattern("0.0");
    chart.addSeries("MAERI dnBw = rnBw = 8", layers, low);
    if (high.size() == layers.size() && n / 4 != 8) {
      chart.addSeries("MAERI dnBw = rnBw = " + (n / 4), layers, high);
    }
    chart.addSeries("systolic " + SystolicArray.of(n).describe(), layers, systolic);
    return chart;
  }
}
