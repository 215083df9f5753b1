package org.propamine.cli.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.propamine.trainer.io.AtomicFiles;

/** PNG charts of run metrics and evaluation tables (XChart, headless), written atomically. */
public final class Plots {

    /** Chart size in pixels. */
    public static final int WIDTH = 900, HEIGHT = 500;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Plots() {}

    /** One named line: x and y values of equal length (non-finite points are skipped). */
    public record Series(String name, double[] x, double[] y) {
        public Series {
            if (x.length != y.length) throw new IllegalArgumentException("series " + name + ": " + x.length + " x vs " + y.length + " y values");
        }
    }

    /** A line chart of {@code series} written to {@code file} (PNG). */
    public static void lines(Path file, String title, String xLabel, String yLabel, List<Series> series) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        chart.getStyler().setLegendVisible(series.size() > 1);
        chart.getStyler().setMarkerSize(4);
        for (Series s : series) {
            int n = 0;
            for (int i = 0; i < s.x().length; i++) if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) n++;
            if (n == 0) continue;
            double[] x = new double[n], y = new double[n];
            for (int i = 0, k = 0; i < s.x().length; i++) {
                if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                    x[k] = s.x()[i];
                    y[k++] = s.y()[i];
                }
            }
            chart.addSeries(s.name(), x, y).setMarker(n > 60 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        }
        if (chart.getSeriesMap().isEmpty()) chart.addSeries("(no finite data)", new double[] {0}, new double[] {0});
        write(file, chart);
    }

    /**
     * A grouped bar chart: one group per category, one bar per series, with error bars.
     *
     * @param values series name → per-category values (same order as {@code categories})
     * @param errors series name → per-category error half-widths (NaN = none), or an empty map
     */
    public static void bars(Path file, String title, String yLabel, List<String> categories,
                            Map<String, double[]> values, Map<String, double[]> errors) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(Math.max(WIDTH, 60 * categories.size() + 200))
                .height(HEIGHT).title(title).yAxisTitle(yLabel).build();
        chart.getStyler().setXAxisLabelRotation(45);
        chart.getStyler().setLegendVisible(values.size() > 1);
        for (var e : values.entrySet()) {
            List<Double> ys = finite(e.getValue());
            double[] err = errors.get(e.getKey());
            if (err != null) {
                chart.addSeries(e.getKey(), categories, ys, finite(err));
            } else {
                chart.addSeries(e.getKey(), categories, ys);
            }
        }
        write(file, chart);
    }

    private static List<Double> finite(double[] v) {
        return java.util.Arrays.stream(v).map(d -> Double.isFinite(d) ? d : 0.0).boxed().toList();
    }

    private static void write(Path file, Chart<?, ?> chart) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        BitmapEncoder.saveBitmap(chart, png, BitmapEncoder.BitmapFormat.PNG);
        AtomicFiles.write(file, png.toByteArray());
    }
}
