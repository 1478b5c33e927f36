package org.safeguard.core.reports;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The reports' charts, drawn with JFreeChart off screen (headless) as PNG images, for embedding in
 * an HTML or PDF rendering as {@code data:} URIs. Thread-safe: each chart is drawn on its own.
 */
public final class Charts {
    /** The size every chart is drawn at, in pixels. */
    public static final int WIDTH = 720;
    public static final int HEIGHT = 300;
    private static final Color BAR = new Color(0x1F, 0x4E, 0x79);
    /**
     * Series whose name says their colour — a RAG band — and the cases with none recorded, drawn
     * in it whatever their order; any other series takes the next of {@link #SERIES}.
     */
    private static final Map<String, Color> NAMED = Map.of("RED", new Color(0xC0, 0x39, 0x2B), "AMBER", new Color(0xF3, 0x9C, 0x12),
            "GREEN", new Color(0x27, 0xAE, 0x60), "NOT ASSESSED", new Color(0xD9, 0xD9, 0xD9), "NOT CLASSIFIED", new Color(0xD9, 0xD9, 0xD9));
    /** The other series of a stacked chart in order: three blues, a red, an orange, then two greys. */
    private static final Color[] SERIES = {BAR, new Color(0x2E, 0x75, 0xB6), new Color(0x9D, 0xC3, 0xE6), new Color(0xC0, 0x50, 0x4D),
            new Color(0xF4, 0xB1, 0x83), new Color(0x7F, 0x7F, 0x7F), new Color(0xD9, 0xD9, 0xD9)};

    static {
        // reports run on servers and in terminals: never open a display
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {
    }

    /** A bar chart of counts by category, in the map's order, as a PNG image; the title names it in errors (the page prints its own heading). */
    public static byte[] bars(String title, String categoryAxis, String valueAxis, Map<String, Integer> counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((category, n) -> data.addValue(n, valueAxis, category));
        JFreeChart chart = ChartFactory.createBarChart(null, categoryAxis, valueAxis, data, PlotOrientation.VERTICAL, false, false, false);
        style(chart, counts.size()).setSeriesPaint(0, BAR);
        return png(title, chart);
    }

    /** The house style: white, light grid lines, whole-number ticks, flat bars, labels slanted when there are many. */
    private static BarRenderer style(JFreeChart chart, int categories) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (categories > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        return renderer;
    }

    private static byte[] png(String title, JFreeChart chart) {
        try {
            return ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
        } catch (IOException e) {
            throw new UncheckedIOException("the chart '" + title + "' could not be drawn", e);
        }
    }

    /**
     * A stacked bar chart: for each category (a month) in order, its counts by series (a band, a
     * category), every category with the same series in the same order, as a PNG image.
     */
    public static byte[] stacked(String title, String categoryAxis, String valueAxis, Map<String, Map<String, Integer>> counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((category, series) -> series.forEach((s, n) -> data.addValue(n, s, category)));
        JFreeChart chart = ChartFactory.createStackedBarChart(null, categoryAxis, valueAxis, data, PlotOrientation.VERTICAL, true, false,
                false);
        BarRenderer renderer = style(chart, counts.size());
        int other = 0;
        for (int i = 0; i < data.getRowCount(); i++) {
            Color named = NAMED.get(String.valueOf(data.getRowKey(i)).toUpperCase(java.util.Locale.ROOT));
            renderer.setSeriesPaint(i, named != null ? named : SERIES[other++ % SERIES.length]);
        }
        return png(title, chart);
    }

    /** A PNG image as a {@code data:} URI. */
    public static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
