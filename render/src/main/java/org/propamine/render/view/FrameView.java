package org.propamine.render.view;

import org.propamine.render.draw.Camera;
import org.propamine.render.draw.SceneRenderer;
import org.propamine.render.overlay.BitmapFont;
import org.propamine.render.overlay.HudInfo;
import org.propamine.render.overlay.HudOverlay;
import org.propamine.render.overlay.QuadBatch;
import org.propamine.render.overlay.SpikeRasterOverlay;
import org.propamine.render.overlay.TraceHeatmapOverlay;
import org.propamine.render.scene.Scene;

/**
 * One complete frame: the 3D scene, then the HUD panel (top-left), the spike raster (bottom-left) and the
 * plastic-trace heat map (bottom-right) when attached. Owns every GL resource it draws with; create and
 * {@link #destroy()} on the GL thread with a current context. Drawing a frame allocates nothing.
 */
public final class FrameView {
    private static final int MARGIN = 10;

    private final SceneRenderer sceneRenderer = new SceneRenderer();
    private final QuadBatch batch = new QuadBatch(4096);
    private final BitmapFont font;
    private final HudOverlay hud = new HudOverlay();
    private SpikeRasterOverlay raster;
    private TraceHeatmapOverlay heatmap;

    /** @param fontPixels HUD font size in pixels (8–64, default 14) */
    public FrameView(int fontPixels) {
        font = new BitmapFont(fontPixels);
    }

    /** Shows a spike raster of {@code neurons} rows over the last {@code history} steps (replaces any previous one). */
    public SpikeRasterOverlay attachSpikeRaster(int neurons, int history) {
        if (raster != null) {
            raster.destroy();
        }
        raster = new SpikeRasterOverlay(neurons, history);
        return raster;
    }

    /** Shows a {@code rows × columns} trace heat map (replaces any previous one). */
    public TraceHeatmapOverlay attachTraceHeatmap(int rows, int columns) {
        if (heatmap != null) {
            heatmap.destroy();
        }
        heatmap = new TraceHeatmapOverlay(rows, columns);
        return heatmap;
    }

    /** Removes and destroys both overlays (if attached). */
    public void detachOverlays() {
        if (raster != null) {
            raster.destroy();
            raster = null;
        }
        if (heatmap != null) {
            heatmap.destroy();
            heatmap = null;
        }
    }

    /** The attached raster, or null. */
    public SpikeRasterOverlay spikeRaster() {
        return raster;
    }

    /** The attached heat map, or null. */
    public TraceHeatmapOverlay traceHeatmap() {
        return heatmap;
    }

    /**
     * Draws the frame into the bound framebuffer's viewport {@code (0, 0, width, height)}.
     *
     * @param hud HUD values, or null to hide the panel
     */
    public void draw(Scene scene, Camera camera, HudInfo hud, int width, int height) {
        sceneRenderer.render(scene, camera, width, height);
        batch.begin(width, height);
        if (hud != null) {
            this.hud.draw(batch, font, hud, MARGIN, MARGIN);
        }
        float panelHeight = Math.max(48, height * 0.2f);
        float labelSpace = font.lineHeight() + 18;
        if (raster != null) {
            float w = Math.min(width * 0.45f, Math.max(raster.columns(), width * 0.3f));
            raster.draw(batch, font, MARGIN, height - MARGIN - panelHeight - labelSpace, w, panelHeight);
        }
        if (heatmap != null) {
            float cell = panelHeight / heatmap.rows();
            float w = Math.min(width * 0.35f, cell * heatmap.columns());
            float x = width - MARGIN - heatmap.panelWidth(font, w);
            heatmap.draw(batch, font, x, height - MARGIN - panelHeight - labelSpace, w, panelHeight);
        }
        batch.end();
    }

    public void destroy() {
        sceneRenderer.destroy();
        batch.destroy();
        font.destroy();
        detachOverlays();
    }
}
