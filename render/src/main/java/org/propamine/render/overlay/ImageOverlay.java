package org.propamine.render.overlay;

import java.nio.ByteBuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * A labelled panel showing a small RGBA image scaled up with nearest filtering (one texel per cell). Subclasses
 * fill the texels from their data in {@link #fillTexels}; this class owns the texture, the preallocated texel
 * buffer and the drawing (template method). Create and {@link #destroy()} on the GL thread.
 */
public abstract class ImageOverlay {
    private static final int LABEL = 0xFFE0E0E0;
    private static final int PAD = 6;

    private final Texture texture;
    private final ByteBuffer texels;
    private final int columns;
    private final int rows;
    private boolean dirty = true;

    /** @param columns image width in cells, {@code rows} its height (both ≥ 1) */
    protected ImageOverlay(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        texture = new Texture(columns, rows, false, false);
        texels = MemoryUtil.memAlloc(columns * rows * 4);
    }

    /** Image width in cells. */
    public int columns() {
        return columns;
    }

    /** Image height in cells. */
    public int rows() {
        return rows;
    }

    /** Marks the texels stale; the next draw calls {@link #fillTexels} and uploads. */
    protected void invalidate() {
        dirty = true;
    }

    /** Writes {@code rows·columns} RGBA texels, row-major from the top, into {@code dest} (position 0, exact size). */
    protected abstract void fillTexels(ByteBuffer dest);

    /** Label above the image; implementations return a reused builder (no allocation per frame). */
    protected abstract CharSequence label();

    /**
     * Queues and flushes the panel (background, label, image) with its top-left at {@code (x, y)} and the image
     * scaled to {@code width × height} pixels. Returns the panel's total height in pixels.
     */
    public float draw(QuadBatch batch, BitmapFont font, float x, float y, float width, float height) {
        if (dirty) {
            texels.clear();
            fillTexels(texels);
            texels.clear();
            texture.upload(texels);
            dirty = false;
        }
        float total = height + font.lineHeight() + 3 * PAD;
        batch.rect(x, y, panelWidth(font, width), total, HudOverlay.PANEL);
        batch.flush(0, QuadBatch.Mode.SOLID);
        font.draw(batch, label(), x + PAD, y + PAD, LABEL);
        font.flush(batch);
        batch.quad(x + PAD, y + 2 * PAD + font.lineHeight(), width, height, 0, 0, 1, 1, 0xFFFFFFFF);
        batch.flush(texture.id(), QuadBatch.Mode.IMAGE);
        return total;
    }

    /** Total panel width in pixels for an image {@code imageWidth} pixels wide (wide enough for the label). */
    public float panelWidth(BitmapFont font, float imageWidth) {
        return Math.max(imageWidth, font.width(label())) + 2 * PAD;
    }

    /** Writes one opaque RGBA texel at {@code index} (texel index, not byte offset). */
    protected static void put(ByteBuffer dest, int index, int rgb) {
        int o = index * 4;
        dest.put(o, (byte) (rgb >> 16));
        dest.put(o + 1, (byte) (rgb >> 8));
        dest.put(o + 2, (byte) rgb);
        dest.put(o + 3, (byte) 0xFF);
    }

    public void destroy() {
        texture.destroy();
        MemoryUtil.memFree(texels);
    }
}
