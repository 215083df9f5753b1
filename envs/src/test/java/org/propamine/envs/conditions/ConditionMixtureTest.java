package org.propamine.envs.conditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propamine.envs.EnvOptions;
import org.propamine.envs.StepResult;

/** {@link ConditionMixture}: the episode seed picks the condition, evenly and reproducibly; the shipped training grid. */
class ConditionMixtureTest {

    @Test
    void pickSpreadsSeedsEvenlyAndIsAFunctionOfTheSeed() {
        int n = 7;
        int[] count = new int[n];
        for (long seed = 0; seed < 70_000; seed++) count[ConditionMixture.pick(seed, n)]++;
        for (int c : count) assertTrue(c > 9_500 && c < 10_500, java.util.Arrays.toString(count));
        assertEquals(ConditionMixture.pick(123_456_789L, n), ConditionMixture.pick(123_456_789L, n));
        assertEquals(0, ConditionMixture.pick(-5, 1));
    }

    @Test
    void resetRunsTheSeedsConditionAndTheSameSeedRepeatsTheEpisode() {
        ConditionGrid grid = ConditionGrid.parse("""
                conditions:
                  - name: nominal
                  - name: heavy
                    wrappers:
                      - type: GravityScale
                        args: {scale: 3.0}
                """, "test.yaml");
        List<String> built = new ArrayList<>();
        try (ConditionMixture env = new ConditionMixture(grid.conditions(), c -> {
            built.add(c.name());
            return Conditions.make("Ant-v1", EnvOptions.defaults(), c);
        })) {
            double[] zero = new double[env.actionSpace().size()];
            for (long seed = 0; seed < 6; seed++) {
                env.reset(seed);
                assertEquals(grid.conditions().get(ConditionMixture.pick(seed, 2)).name(), env.condition().name());
            }
            long heavySeed = 0;
            while (ConditionMixture.pick(heavySeed, 2) != 1) heavySeed++;
            long nominalSeed = 0;
            while (ConditionMixture.pick(nominalSeed, 2) != 0) nominalSeed++;
            double heavyZ = torsoHeightAfter(env, heavySeed, zero), nominalZ = torsoHeightAfter(env, nominalSeed, zero);
            assertTrue(Math.abs(heavyZ - nominalZ) > 0.01, "the heavy condition moves the torso differently: " + heavyZ + " vs " + nominalZ);
            assertEquals(heavyZ, torsoHeightAfter(env, heavySeed, zero), "same seed, same episode");
            assertEquals(List.of("nominal", "heavy"), built, "one env per condition, built once");
        }
    }

    private static double torsoHeightAfter(ConditionMixture env, long seed, double[] action) {
        StepResult r = env.reset(seed);
        for (int t = 0; t < 20; t++) r = env.step(action);
        return r.observation()[0];
    }

    @Test
    void theShippedTrainingGridResolvesByNameAndAvoidsTheEvaluationConditions() {
        ConditionGrid train = ConditionGrid.resolve("train-randomised");
        List<String> eval = ConditionGrid.loadDefault().names();
        assertTrue(train.conditions().size() >= 10, train.names().toString());
        for (String name : train.names()) assertTrue(name.startsWith("nominal") || !eval.contains(name), name);
        var e = assertThrows(ConditionFileException.class, () -> ConditionGrid.resolve("no-such-grid"));
        assertEquals("no-such-grid: no such condition-grid file, and no shipped grid assets/conditions/no-such-grid.yaml", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ConditionMixture(List.of(), c -> null));
    }
}
