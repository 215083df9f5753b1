package org.propamine.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotsTest {

    @TempDir
    Path dir;

    @Test
    void lineChartIsAPngWithDrawnData() throws Exception {
        Path f = dir.resolve("fitness.png");
        double[] x = {0, 1, 2, 3}, y = {0.5, 1.5, Double.NaN, 3.0};
        Plots.lines(f, "fitness", "generation", "distance (m)", List.of(new Plots.Series("best", x, y)));
        BufferedImage img = ImageIO.read(f.toFile());
        assertEquals(Plots.WIDTH, img.getWidth());
        assertEquals(Plots.HEIGHT, img.getHeight());
        assertTrue(distinctColours(img) > 5, "the chart has lines and text, not a blank image");
    }

    @Test
    void barChartWithErrorBars() throws Exception {
        Path f = dir.resolve("retention.png");
        Map<String, double[]> v = new LinkedHashMap<>();
        v.put("plastic", new double[] {100, 80});
        v.put("static", new double[] {100, 40});
        Map<String, double[]> e = Map.of("plastic", new double[] {5, Double.NaN}, "static", new double[] {4, 3});
        Plots.bars(f, "retention", "%", List.of("nominal", "leg1"), v, e);
        BufferedImage img = ImageIO.read(f.toFile());
        assertTrue(distinctColours(img) > 5);
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> c = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) for (int x = 0; x < img.getWidth(); x += 3) c.add(img.getRGB(x, y));
        return c.size();
    }
}
