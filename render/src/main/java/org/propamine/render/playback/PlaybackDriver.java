package org.propamine.render.playback;

import org.propamine.render.draw.Camera;
import org.propamine.render.overlay.HudInfo;
import org.propamine.render.overlay.SpikeRasterOverlay;
import org.propamine.render.overlay.TraceHeatmapOverlay;
import org.propamine.render.view.FrameView;

/**
 * Playback state shared by the window and the headless recorder: maps wall-clock time to control steps at the
 * chosen speed, handles pause / single step / speed / reset / perturbations, keeps the follow camera on the
 * robot and feeds the HUD and overlays. Per frame call {@link #advance(double)}; then draw with
 * {@link #camera()} and {@link #hud()}.
 *
 * <p>Timing: {@code pending += wallSeconds·speed}; while {@code pending ≥ stepSeconds} one step runs (at most
 * {@link #MAX_STEPS_PER_FRAME} per frame so a slow machine plays slower instead of stalling). Speeds are the
 * ladder ×0.25, ×0.5, ×1, ×2, ×4.
 */
public final class PlaybackDriver {
    /** Playback speed factors selectable with +/-. */
    public static final double[] SPEEDS = {0.25, 0.5, 1, 2, 4};
    /** Upper bound on control steps per frame. */
    public static final int MAX_STEPS_PER_FRAME = 16;
    private static final int RASTER_HISTORY = 200;

    private final PlaybackSource source;
    private final Camera camera = new Camera();
    private final HudInfo hud = new HudInfo();
    private final double[] focus = new double[3];
    private final double[] spikes;
    private final double[][] trace;
    private SpikeRasterOverlay raster;
    private TraceHeatmapOverlay heatmap;
    private int speedIndex = 2;
    private boolean paused;
    private int stepRequests;
    private double pending;
    private long steps;

    public PlaybackDriver(PlaybackSource source) {
        this.source = source;
        this.spikes = new double[source.neuronCount()];
        this.trace = new double[source.traceRows()][source.traceColumns()];
        source.scene().focus(focus);
        camera.lookAt((float) focus[0], (float) focus[1], (float) focus[2]);
        refreshHud();
    }

    /** Creates the overlays this source supports on {@code view} (call once with the view's context current). */
    public void attachOverlays(FrameView view) {
        if (source.neuronCount() > 0) {
            raster = view.attachSpikeRaster(source.neuronCount(), RASTER_HISTORY);
        }
        if (source.traceRows() > 0 && source.traceColumns() > 0) {
            heatmap = view.attachTraceHeatmap(source.traceRows(), source.traceColumns());
            source.trace(trace);
            heatmap.update(trace);
        }
    }

    /**
     * Advances playback by {@code wallSeconds} of viewer time: runs the due control steps (or the requested
     * single steps while paused), updates overlays, camera and HUD. Returns the number of steps run.
     */
    public int advance(double wallSeconds) {
        int ran = 0;
        if (paused) {
            pending = 0;
            while (stepRequests > 0) {
                stepOnce();
                stepRequests--;
                ran++;
            }
        } else {
            pending += Math.max(0, wallSeconds) * SPEEDS[speedIndex];
            double dt = source.stepSeconds();
            // the 1e-9 s slack stops rounding in summed frame times (300 × 1/30 s < 10 s) from dropping a step
            while (pending >= dt - 1e-9 && ran < MAX_STEPS_PER_FRAME) {
                stepOnce();
                pending -= dt;
                ran++;
            }
            if (ran == MAX_STEPS_PER_FRAME) {
                pending = 0;
            }
        }
        if (ran > 0 && heatmap != null) {
            source.trace(trace);
            heatmap.update(trace);
        }
        source.scene().focus(focus);
        camera.follow((float) focus[0], (float) focus[1], (float) focus[2], (float) (wallSeconds * SPEEDS[speedIndex]));
        refreshHud();
        return ran;
    }

    private void stepOnce() {
        source.step();
        steps++;
        if (raster != null) {
            source.spikes(spikes);
            raster.push(spikes);
        }
        if (source.episodeOver()) {
            reset();
        }
    }

    private void refreshHud() {
        source.readHud(hud);
        hud.playbackSpeed = SPEEDS[speedIndex];
        hud.paused = paused;
    }

    public void togglePause() {
        paused = !paused;
        refreshHud();
    }

    /** Pauses (if running) and queues one control step for the next {@link #advance}. */
    public void singleStep() {
        paused = true;
        stepRequests++;
    }

    /** Moves one rung up (+1) or down (−1) the speed ladder, clamped at ×0.25 and ×4. */
    public void changeSpeed(int direction) {
        speedIndex = Math.max(0, Math.min(SPEEDS.length - 1, speedIndex + Integer.signum(direction)));
        refreshHud();
    }

    public void reset() {
        source.reset();
        pending = 0;
        if (raster != null) {
            raster.clear();
        }
        source.scene().focus(focus);
        camera.lookAt((float) focus[0], (float) focus[1], (float) focus[2]);
        refreshHud();
    }

    /** Forwards a perturbation to the source; returns whether it applied. */
    public boolean perturb(Perturbation perturbation) {
        boolean applied = source.perturb(perturbation);
        refreshHud();
        return applied;
    }

    public Camera camera() {
        return camera;
    }

    public HudInfo hud() {
        return hud;
    }

    public PlaybackSource source() {
        return source;
    }

    public double speed() {
        return SPEEDS[speedIndex];
    }

    public boolean paused() {
        return paused;
    }

    /** Control steps run since construction. */
    public long steps() {
        return steps;
    }
}
