package org.propamine.render.playback;

import org.propamine.render.overlay.HudInfo;
import org.propamine.render.scene.PosedScene;
import org.propamine.render.scene.Scene;
import org.propamine.render.scene.TestScenes;

/**
 * A kinematic test source: the ant walks along +x at {@code speed} m/s, 8 neurons spike in a rotating pattern
 * (neuron n spikes at step s when (s + n) mod 4 = 0), and the 4×4 trace is H[r][c] = (r − c)·s/100.
 */
final class CountingSource implements PlaybackSource {
    final PosedScene scene = TestScenes.ant(0, 0);
    final double speed;
    int steps;
    int resets;
    int pushes;

    CountingSource(double speed) {
        this.speed = speed;
    }

    @Override
    public Scene scene() {
        return scene;
    }

    @Override
    public double stepSeconds() {
        return 0.05;
    }

    @Override
    public void reset() {
        steps = 0;
        resets++;
        TestScenes.placeAnt(scene, 0, 0);
    }

    @Override
    public void step() {
        steps++;
        TestScenes.placeAnt(scene, speed * steps * stepSeconds(), 0);
    }

    @Override
    public void readHud(HudInfo dest) {
        dest.time = steps * stepSeconds();
        dest.speed = speed;
        dest.distance = speed * dest.time;
        dest.reward = dest.distance;
        dest.perturbations.setLength(0);
        if (pushes > 0) {
            dest.perturbations.append("push");
        }
    }

    @Override
    public int neuronCount() {
        return 8;
    }

    @Override
    public void spikes(double[] dest) {
        for (int n = 0; n < 8; n++) {
            dest[n] = (steps + n) % 4 == 0 ? 1 : 0;
        }
    }

    @Override
    public int traceRows() {
        return 4;
    }

    @Override
    public int traceColumns() {
        return 4;
    }

    @Override
    public void trace(double[][] dest) {
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                dest[r][c] = (r - c) * steps / 100.0;
            }
        }
    }

    @Override
    public boolean perturb(Perturbation perturbation) {
        if (perturbation == Perturbation.PUSH) {
            pushes++;
            return true;
        }
        return false;
    }
}
