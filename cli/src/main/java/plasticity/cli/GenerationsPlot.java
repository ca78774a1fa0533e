package plasticity.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import plasticity.cli.NeatResultsCommand.EnvResults;
import plasticity.cli.NeatResultsCommand.RunOutcome;

/**
 * neat-generations.png: one panel per env, generations to solve per seed (dots), the runs that
 * ran out of budget (crosses at the budget), the median of the solved runs and the budget (dashed).
 * Each panel has its own y axis, since XOR's budget is three times the gym envs'.
 */
final class GenerationsPlot {
  private static final Color SOLVED = new Color(0x1f, 0x77, 0xb4);
  private static final Color NOT_SOLVED = new Color(0xd6, 0x27, 0x28);
  private static final BasicStroke DASHED =
      new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

  private GenerationsPlot() {}

  static byte[] png(List<EnvResults> results) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    List<XYChart> panels = new ArrayList<>();
    for (EnvResults r : results) {
      panels.add(panel(r));
    }
    int cols = Math.min(2, panels.size());
    int rows = (panels.size() + cols - 1) / cols;
    while (panels.size() < rows * cols) {
      panels.add(blank());
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      BitmapEncoder.saveBitmap(panels, rows, cols, bytes, BitmapEncoder.BitmapFormat.PNG);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + NeatResultsCommand.PLOT_NAME + ": " + e.getMessage(), e);
    }
  }

  private static XYChart panel(EnvResults r) {
    List<RunOutcome> solved = r.solvedRuns();
    String title = String.format(Locale.ROOT, "%s (%s), %s: %d/%d solved", r.task().name(), r.task().title(),
        r.ops().id(), solved.size(), r.runs().size());
    XYChart chart = new XYChartBuilder().width(560).height(360).title(title)
        .xAxisTitle("seed").yAxisTitle("generations to solve").build();
    XYStyler s = chart.getStyler();
    s.setDefaultSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter);
    PlotStyle.apply(s);
    s.setMarkerSize(10);
    int n = r.runs().size();
    s.setXAxisMin(0.5);
    s.setXAxisMax(n + 0.5);
    s.setXAxisDecimalPattern("0");
    s.setYAxisMin(0.0);
    s.setYAxisMax(r.budget() * 1.08);
    s.setYAxisDecimalPattern("0");

    double[] edges = {0.5, n + 0.5};
    XYSeries budget = chart.addSeries("budget " + r.budget(), edges, new double[] {r.budget(), r.budget()});
    budget.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    budget.setMarker(SeriesMarkers.NONE);
    budget.setLineColor(Color.GRAY);
    budget.setLineStyle(DASHED);
    if (!solved.isEmpty()) {
      double[] gens = solved.stream().mapToDouble(RunOutcome::generations).toArray();
      double median = BenchCommand.median(gens);
      XYSeries m = chart.addSeries("median " + (median == Math.rint(median)
          ? Long.toString((long) median) : String.format(Locale.ROOT, "%.1f", median)), edges,
          new double[] {median, median});
      m.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      m.setMarker(SeriesMarkers.NONE);
      m.setLineColor(SOLVED);
      m.setLineStyle(DASHED);
      XYSeries dots = chart.addSeries("solved",
          solved.stream().mapToDouble(RunOutcome::seed).toArray(), gens);
      dots.setMarker(SeriesMarkers.CIRCLE);
      dots.setMarkerColor(SOLVED);
    }
    List<RunOutcome> failed = r.runs().stream().filter(x -> !x.solved()).toList();
    if (!failed.isEmpty()) {
      XYSeries crosses = chart.addSeries("not solved",
          failed.stream().mapToDouble(RunOutcome::seed).toArray(),
          failed.stream().mapToDouble(RunOutcome::generations).toArray());
      crosses.setMarker(SeriesMarkers.CROSS);
      crosses.setMarkerColor(NOT_SOLVED);
    }
    return chart;
  }

  private static XYChart blank() {
    XYChart chart = new XYChartBuilder().width(560).height(360).build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBorderVisible(false);
    chart.getStyler().setAxisTicksVisible(false);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setPlotGridLinesVisible(false);
    chart.addSeries(" ", new double[] {0}, new double[] {0}).setMarker(SeriesMarkers.NONE);
    return chart;
  }
}
