package plasticity.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import plasticity.golden.neat.evolution.GenerationReport;

/** fitness.png: the best and mean fitness of each generation, and the task's threshold. */
final class FitnessPlot {
  private FitnessPlot() {}

  static byte[] png(String title, String yAxis, List<GenerationReport> reports, double threshold) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    int n = reports.size();
    double[] gen = new double[n];
    double[] best = new double[n];
    double[] mean = new double[n];
    for (int i = 0; i < n; i++) {
      gen[i] = reports.get(i).generation();
      best[i] = reports.get(i).bestFitness();
      mean[i] = reports.get(i).meanFitness();
    }
    XYChart chart = new XYChartBuilder().width(900).height(540).title(title)
        .xAxisTitle("generation").yAxisTitle(yAxis).build();
    PlotStyle.apply(chart.getStyler());
    XYSeries b = chart.addSeries("best", gen, best);
    b.setMarker(SeriesMarkers.NONE);
    b.setLineColor(new Color(0x1f, 0x77, 0xb4));
    XYSeries m = chart.addSeries("mean", gen, mean);
    m.setMarker(SeriesMarkers.NONE);
    m.setLineColor(new Color(0xff, 0x7f, 0x0e));
    XYSeries t = chart.addSeries("solved threshold", new double[] {gen[0], gen[n - 1]},
        new double[] {threshold, threshold});
    t.setMarker(SeriesMarkers.NONE);
    t.setLineColor(Color.GRAY);
    t.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render fitness.png: " + e.getMessage(), e);
    }
  }
}
