package org.propamine.render.record;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;

/**
 * RGB → full-range YUV 4:2:0 (JPEG/BT.601, JCodec's {@code YUV420J}) straight from a {@code TYPE_INT_RGB} raster,
 * in 8.8 fixed point: Y = (77R + 150G + 29B + 128) ≫ 8; U = ((−43R − 85G + 128B + 128) ≫ 8) + 128;
 * V = ((128R − 107G − 21B + 128) ≫ 8) + 128, with U and V from the mean RGB of each 2×2 block. JCodec stores
 * samples as signed bytes offset by −128. Allocates nothing; one instance per thread.
 */
public final class Yuv420Converter {
    private Yuv420Converter() {
    }

    /** A picture to convert into: {@code width × height} (both even), colour space YUV420J. */
    public static Picture newPicture(int width, int height) {
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("YUV 4:2:0 needs an even size, got " + width + "x" + height);
        }
        return Picture.create(width, height, ColorSpace.YUV420J);
    }

    /** Converts {@code image} (TYPE_INT_RGB, same size as {@code dest}) into {@code dest}. */
    public static void convert(BufferedImage image, Picture dest) {
        int width = dest.getWidth();
        int height = dest.getHeight();
        if (image.getType() != BufferedImage.TYPE_INT_RGB || image.getWidth() != width || image.getHeight() != height) {
            throw new IllegalArgumentException("expected a " + width + "x" + height + " TYPE_INT_RGB image");
        }
        int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] y = dest.getPlaneData(0);
        byte[] u = dest.getPlaneData(1);
        byte[] v = dest.getPlaneData(2);
        int half = width / 2;
        for (int row = 0; row < height; row += 2) {
            for (int col = 0; col < width; col += 2) {
                int sr = 0;
                int sg = 0;
                int sb = 0;
                for (int dy = 0; dy < 2; dy++) {
                    int o = (row + dy) * width + col;
                    for (int dx = 0; dx < 2; dx++) {
                        int p = rgb[o + dx];
                        int r = (p >> 16) & 0xFF;
                        int g = (p >> 8) & 0xFF;
                        int b = p & 0xFF;
                        y[o + dx] = (byte) (((77 * r + 150 * g + 29 * b + 128) >> 8) - 128);
                        sr += r;
                        sg += g;
                        sb += b;
                    }
                }
                int r = (sr + 2) >> 2;
                int g = (sg + 2) >> 2;
                int b = (sb + 2) >> 2;
                int c = (row / 2) * half + col / 2;
                u[c] = (byte) ((-43 * r - 85 * g + 128 * b + 128) >> 8);
                v[c] = (byte) ((128 * r - 107 * g - 21 * b + 128) >> 8);
            }
        }
    }
}
