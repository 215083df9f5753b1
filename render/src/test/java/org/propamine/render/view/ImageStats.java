package org.propamine.render.view;

import java.awt.image.BufferedImage;

/** Pixel measurements used by the rendering tests. */
final class ImageStats {
    private ImageStats() {
    }

    /**
     * True for the ant's orange/brown body colours under any shading (red clearly above green and blue); the grey
     * ground, its shadow and the blue-grey sky all have red within a few levels of blue.
     */
    static boolean isRobot(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > b + 20 && r > g + 8;
    }

    /** {count, meanX, meanY, minX, minY, maxX, maxY} of robot-coloured pixels inside the rectangle. */
    static double[] robotPixels(BufferedImage image) {
        long count = 0;
        double sx = 0;
        double sy = 0;
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isRobot(image.getRGB(x, y))) {
                    count++;
                    sx += x;
                    sy += y;
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return new double[] {count, count == 0 ? -1 : sx / count, count == 0 ? -1 : sy / count, minX, minY, maxX, maxY};
    }

    /** Number of distinct RGB values (capped at {@code cap}). */
    static int distinctColours(BufferedImage image, int cap) {
        java.util.HashSet<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight() && seen.size() < cap; y++) {
            for (int x = 0; x < image.getWidth() && seen.size() < cap; x++) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    /** Fraction of pixels inside {@code [x0, x1) × [y0, y1)} whose RGB differs between the two images by more than {@code tolerance} in some channel. */
    static double differingFraction(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1, int tolerance) {
        long differing = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)) > tolerance) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return (double) differing / ((long) (x1 - x0) * (y1 - y0));
    }

    static BufferedImage copy(BufferedImage image) {
        BufferedImage c = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        c.getRaster().setRect(image.getRaster());
        return c;
    }
}
