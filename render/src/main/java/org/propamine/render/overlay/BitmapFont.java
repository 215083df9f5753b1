package org.propamine.render.overlay;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * A monospaced bitmap font rasterised once from a {@code java.awt} font into a single-channel glyph atlas
 * (printable ASCII 32–126 in a 16-column grid, one fixed-size cell per glyph). Characters outside that range
 * draw as '?'. Drawing queues glyph quads on a {@link QuadBatch}; flush with {@link #flush}.
 */
public final class BitmapFont {
    private static final int FIRST = 32;
    private static final int LAST = 126;
    private static final int COLUMNS = 16;

    private final Texture atlas;
    private final int cellWidth;
    private final int cellHeight;
    private final int rows;

    /** @param pixelSize font size in pixels (8–64, default 14) */
    public BitmapFont(int pixelSize) {
        if (pixelSize < 8 || pixelSize > 64) {
            throw new IllegalArgumentException("font size must be 8..64 px, got " + pixelSize);
        }
        Font font = new Font(Font.MONOSPACED, Font.BOLD, pixelSize);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        FontMetrics metrics = pg.getFontMetrics(font);
        pg.dispose();
        cellWidth = Math.max(1, metrics.charWidth('M'));
        cellHeight = metrics.getAscent() + metrics.getDescent();
        int glyphs = LAST - FIRST + 1;
        rows = (glyphs + COLUMNS - 1) / COLUMNS;
        BufferedImage image = new BufferedImage(COLUMNS * cellWidth, rows * cellHeight, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        g.setColor(Color.WHITE);
        for (int c = FIRST; c <= LAST; c++) {
            int cell = c - FIRST;
            g.drawString(String.valueOf((char) c), (cell % COLUMNS) * cellWidth,
                    (cell / COLUMNS) * cellHeight + metrics.getAscent());
        }
        g.dispose();
        byte[] gray = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        ByteBuffer texels = MemoryUtil.memAlloc(gray.length);
        try {
            texels.put(gray).flip();
            atlas = new Texture(image.getWidth(), image.getHeight(), true, true);
            atlas.upload(texels);
        } finally {
            MemoryUtil.memFree(texels);
        }
    }

    /** Advance per character in pixels. */
    public int cellWidth() {
        return cellWidth;
    }

    /** Line height in pixels. */
    public int lineHeight() {
        return cellHeight;
    }

    /** Pixel width of {@code text} on one line. */
    public int width(CharSequence text) {
        return text.length() * cellWidth;
    }

    /** Queues {@code text} with its top-left at {@code (x, y)} pixels in colour {@code argb}. Allocates nothing. */
    public void draw(QuadBatch batch, CharSequence text, float x, float y, int argb) {
        float du = 1f / COLUMNS;
        float dv = 1f / rows;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                continue;
            }
            int cell = (c < FIRST || c > LAST ? '?' : c) - FIRST;
            float u = (cell % COLUMNS) * du;
            float v = (cell / COLUMNS) * dv;
            batch.quad(x + i * cellWidth, y, cellWidth, cellHeight, u, v, u + du, v + dv, argb);
        }
    }

    /** Draws the glyphs queued since the last flush. */
    public void flush(QuadBatch batch) {
        batch.flush(atlas.id(), QuadBatch.Mode.GLYPH);
    }

    public void destroy() {
        atlas.destroy();
    }
}
