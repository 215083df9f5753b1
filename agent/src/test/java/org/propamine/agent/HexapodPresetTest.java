package org.propamine.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;
import org.propamine.envs.Env;
import org.propamine.envs.Envs;
import org.propamine.envs.StepResult;
import org.propamine.envs.encoding.SpikeEncoding;

/** The hexapod presets fit Hexapod-v1 (38 observations, 12 motors) and drive it. */
class HexapodPresetTest {

    @Test
    void presetsMatchHexapodAndStepIt() {
        int plastic = 0;
        int fixed = 0;
        for (String name : new String[] {"hexapod-snn", "hexapod-snn-static"}) {
            NetworkSpec spec = NetworkSpecs.preset(name);
            try (Env base = Envs.make("Hexapod-v1")) {
                assertEquals(38, base.observationSpace().size(), "Hexapod-v1 observations");
                assertEquals(12, base.actionSpace().size(), "Hexapod-v1 actions");
                assertEquals(2 * 38, spec.inputs(), "38 observations, ± split");
                assertEquals(12, spec.readout().out());
                SpikeEncoding env = SpikeEncoding.of(base, spec.encoding().type(), spec.substeps(), spec.encoding().split(),
                        spec.encoding().args());
                assertEquals(spec.rasterSize(), env.observationSpace().size());
                SnnController controller = SnnController.create(spec, 3);
                double[] action = new double[12];
                controller.reset(1);
                StepResult r = env.reset(1);
                double moved = 0;
                for (int t = 0; t < 20; t++) {
                    controller.act(r.observation(), action);
                    for (double a : action) {
                        assertTrue(a >= -1 && a <= 1, name + ": action " + a);
                        moved = Math.max(moved, Math.abs(a));
                    }
                    r = env.step(action);
                    assertTrue(Double.isFinite(r.reward()), name + ": reward at step " + t);
                }
                assertTrue(moved > 0.01, name + ": the controller drives the motors (max |a| = " + moved + ")");
                if (name.endsWith("static")) {
                    fixed = controller.parameterCount();
                } else {
                    plastic = controller.parameterCount();
                }
            }
        }
        // static: W 76·128 + b 128 + W 128·64 + b 64 + readout 64·12 + 12 = 9728 + 128 + 8192 + 64 + 768 + 12
        assertEquals(18_892, fixed);
        // plastic adds α per synapse (9728 + 8192) and the same NM-BCM extras as ant-snn (31,628 − 16,072 − 15,360 = 196)
        assertEquals(18_892 + 9_728 + 8_192 + 196, plastic);
    }
}
