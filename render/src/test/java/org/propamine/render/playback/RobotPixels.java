package org.propamine.render.playback;

import java.awt.image.BufferedImage;

/**
 * The robot's pixels in a rendered frame (shared by the playback tests): a pixel belongs to the robot when it is
 * clearly red-orange, {@code r > b + 20 and r > g + 8}; the ground and sky are not.
 *
 * @param count pixels of the robot
 * @param x     centroid column (NaN when none)
 * @param y     centroid row (NaN when none)
 */
record RobotPixels(long count, double x, double y) {

    static RobotPixels of(BufferedImage image) {
        long n = 0;
        double sx = 0;
        double sy = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int r = (p >> 16) & 0xFF;
                if (r > (p & 0xFF) + 20 && r > ((p >> 8) & 0xFF) + 8) {
                    n++;
                    sx += x;
                    sy += y;
                }
            }
        }
        return new RobotPixels(n, sx / n, sy / n);
    }
}
