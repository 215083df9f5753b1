package org.propamine.envs;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.envs.pointmass.PointMassEnv;

/** The checker passes a correct env and catches each kind of broken env with a one-line message. */
class EnvCheckerTest {

    @Test
    void pointMassPasses() {
        EnvChecker.check(new PointMassEnv());
    }

    @Test
    void catchesAnObservationOutsideTheSpace() {
        Env broken = new ObservationWrapper(new PointMassEnv()) {
            @Override
            protected void observation(double[] in, double[] out) {
                System.arraycopy(in, 0, out, 0, in.length);
                out[0] = 11; // the space is [-10, 10]
            }
        };
        assertFails(broken, "observation[0] = 11.0 outside");
    }

    @Test
    void catchesNonDeterministicSteps() {
        Env broken = new ObservationWrapper(new PointMassEnv()) {
            private long calls;

            @Override
            protected void observation(double[] in, double[] out) {
                System.arraycopy(in, 0, out, 0, in.length);
                out[5] = (calls++ % 3) * 0.1; // depends on call history, not on the seed
            }
        };
        assertFails(broken, "differ");
    }

    @Test
    void catchesAMissingSeedDependence() {
        Env broken = new ObservationWrapper(new PointMassEnv()) {
            @Override
            protected void observation(double[] in, double[] out) {
                java.util.Arrays.fill(out, 0);
            }
        };
        assertFails(broken, "identical observations");
    }

    @Test
    void catchesAnAcceptedNanAction() {
        Env broken = new Wrapper(new PointMassEnv()) {
            @Override
            public StepResult step(double[] action) {
                double[] a = action.clone();
                for (int i = 0; i < a.length; i++) if (Double.isNaN(a[i])) a[i] = 0;
                return env.step(a);
            }
        };
        assertFails(broken, "NaN action was accepted");
    }

    private static void assertFails(Env env, String expected) {
        AssertionError e = assertThrows(AssertionError.class, () -> EnvChecker.check(env));
        assertTrue(e.getMessage().contains(expected) && !e.getMessage().contains("\n"), e.getMessage());
    }
}
