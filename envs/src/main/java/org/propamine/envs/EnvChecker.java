package org.propamine.envs;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.Set;

/**
 * The contract checks every env's test runs (Gymnasium {@code utils/env_checker}). Each failed check throws an
 * {@link AssertionError} with one line naming the env, the check and the offending value.
 *
 * <ol>
 *   <li>spaces well formed: non-empty, low ≤ high, finite action bounds (needed to sample and clip);</li>
 *   <li>reset determinism: the same seed gives bit-identical observations; with {@code seedSensitive}, two
 *       different seeds give different observations;</li>
 *   <li>step determinism: the same seed and N random actions give bit-identical observations, rewards, flags;</li>
 *   <li>every observation inside the observation space, every reward finite, info keys the same on every step
 *       as after reset;</li>
 *   <li>a NaN action throws {@link IllegalArgumentException} and changes nothing: the trajectory continued
 *       after it is bit-identical to one without it;</li>
 *   <li>an action beyond the box is clipped: same step as the box corner, {@code info["clipped_actions"]} = the
 *       number of elements outside (checked below every {@link ActionWrapper}, since
 *       action noise or delay legitimately change what reaches the clip).</li>
 * </ol>
 */
public final class EnvChecker {
    private final Env env;
    private final String name;
    private final int steps;
    private final boolean seedSensitive;

    private EnvChecker(Env env, int steps, boolean seedSensitive) {
        this.env = env;
        this.name = env.toString();
        this.steps = steps;
        this.seedSensitive = seedSensitive;
    }

    /** Runs every check on {@code env} with {@code steps} random steps per trajectory. */
    public static void check(Env env, int steps, boolean seedSensitive) {
        EnvChecker c = new EnvChecker(env, steps, seedSensitive);
        c.spaces();
        c.resetDeterminism();
        c.stepDeterminism();
        c.nanRejected();
        c.clipping();
    }

    /** {@link #check(Env, int, boolean)} with 50 steps and seed sensitivity expected. */
    public static void check(Env env) {
        check(env, 50, true);
    }

    private void fail(String message) {
        throw new AssertionError("EnvChecker[" + name + "]: " + message);
    }

    private void spaces() {
        Box o = env.observationSpace(), a = env.actionSpace();
        if (o == null || o.size() == 0) fail("observation space is empty");
        if (a == null || a.size() == 0) fail("action space is empty");
        for (int i = 0; i < a.size(); i++) {
            if (!Double.isFinite(a.low(i)) || !Double.isFinite(a.high(i))) fail("action bound " + i + " is [" + a.low(i) + ", " + a.high(i) + "], expected finite");
        }
        if (!(env.dt() > 0)) fail("dt = " + env.dt() + ", expected > 0 s");
    }

    private void resetDeterminism() {
        double[] a = env.reset(11).observation().clone();
        checkObservation(a, "reset(11)");
        double[] b = env.reset(11).observation().clone();
        if (!Arrays.equals(a, b)) fail("reset(11) twice gave different observations: " + firstDiff(a, b));
        if (seedSensitive) {
            double[] c = env.reset(12).observation().clone();
            if (Arrays.equals(a, c)) fail("reset(11) and reset(12) gave identical observations, expected the seed to matter");
        }
    }

    private void stepDeterminism() {
        double[] first = rollout(21, -1);
        double[] second = rollout(21, -1);
        if (!Arrays.equals(first, second)) fail("two rollouts with seed 21 and the same actions differ: " + firstDiff(first, second));
    }

    private void nanRejected() {
        double[] plain = rollout(31, -1);
        double[] withNan = rollout(31, steps / 2);
        if (!Arrays.equals(plain, withNan)) fail("a rejected NaN action changed the trajectory: " + firstDiff(plain, withNan));
    }

    private void clipping() {
        Env env = belowActionWrappers(this.env);
        Box a = env.actionSpace();
        double[] corner = new double[a.size()], beyond = new double[a.size()];
        for (int i = 0; i < a.size(); i++) {
            corner[i] = a.high(i);
            beyond[i] = a.high(i) + 1 + Math.abs(a.high(i));
        }
        env.reset(41);
        StepResult r = env.step(corner);
        double[] expected = r.observation().clone();
        double expectedReward = r.reward();
        env.reset(41);
        r = env.step(beyond);
        if (!Arrays.equals(expected, r.observation()) || Double.compare(expectedReward, r.reward()) != 0) {
            fail("an action beyond the box was not clipped to the box: " + firstDiff(expected, r.observation()));
        }
        double clipped = r.info().get("clipped_actions", Double.NaN);
        if (clipped != a.size()) fail("info[clipped_actions] = " + clipped + " after " + a.size() + " out-of-box elements");
    }

    /** Action wrappers (noise, delay) transform the action before the env clips it, so clipping is checked below them. */
    private static Env belowActionWrappers(Env env) {
        Env below = env;
        for (Env e = env; e instanceof Wrapper w; e = w.inner()) {
            if (e instanceof ActionWrapper) below = w.inner();
        }
        return below;
    }

    /** Observations, rewards and flags of a seeded random rollout, flattened; a NaN action at step {@code nanAt}. */
    private double[] rollout(long seed, int nanAt) {
        SplittableRandom rng = new SplittableRandom(seed * 7919);
        Box space = env.actionSpace();
        double[] action = new double[space.size()];
        int obs = env.observationSpace().size();
        double[] trace = new double[(steps + 1) * (obs + 3)];
        StepResult r = env.reset(seed);
        Set<String> keys = r.info().asMap().keySet();
        int k = 0;
        System.arraycopy(r.observation(), 0, trace, k, obs);
        k += obs + 3;
        long resets = 0;
        for (int t = 0; t < steps; t++) {
            if (t == nanAt) {
                double[] bad = new double[space.size()];
                Arrays.fill(bad, Double.NaN);
                try {
                    env.step(bad);
                    fail("a NaN action was accepted at step " + t + ", expected IllegalArgumentException");
                } catch (IllegalArgumentException expected) {
                    // the env must be unchanged and usable
                }
            }
            space.sample(rng, action);
            r = env.step(action);
            String where = "seed " + seed + " step " + t;
            checkObservation(r.observation(), where);
            if (!Double.isFinite(r.reward())) fail(where + ": reward = " + r.reward() + ", expected finite");
            if (!r.info().asMap().keySet().equals(keys)) fail(where + ": info keys " + r.info().asMap().keySet() + " differ from those after reset " + keys);
            System.arraycopy(r.observation(), 0, trace, k, obs);
            trace[k + obs] = r.reward();
            trace[k + obs + 1] = r.terminated() ? 1 : 0;
            trace[k + obs + 2] = r.truncated() ? 1 : 0;
            k += obs + 3;
            if (r.done()) {
                r = env.reset(seed + 1000 + resets++);
                keys = r.info().asMap().keySet();
            }
        }
        return trace;
    }

    private void checkObservation(double[] o, String where) {
        Box space = env.observationSpace();
        if (o.length != space.size()) fail(where + ": observation has " + o.length + " elements, space has " + space.size());
        for (int i = 0; i < o.length; i++) {
            if (!(o[i] >= space.low(i) && o[i] <= space.high(i))) {
                fail(where + ": observation[" + i + "] = " + o[i] + " outside [" + space.low(i) + ", " + space.high(i) + "]");
            }
        }
    }

    private static String firstDiff(double[] a, double[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) return "first difference at element " + i + ": " + a[i] + " vs " + b[i];
        }
        return "lengths " + a.length + " vs " + b.length;
    }
}
