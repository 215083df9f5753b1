package org.propamine.trainer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private static List<GenerationMetrics> run(TrainerConfig config, Trainer[] out) {
        List<GenerationMetrics> metrics = new ArrayList<>();
        try (Trainer t = new Trainer(config, PointMassSetup.ENVS, PointMassSetup.POLICIES)) {
            t.run(List.of((m, s) -> metrics.add(m)));
            if (out != null) out[0] = t;
        }
        return metrics;
    }

    @Test
    void linearPolicyLearnsToReachTheGoal() {
        Trainer[] trainer = new Trainer[1];
        List<GenerationMetrics> m = run(PointMassSetup.config(40), trainer);
        for (GenerationMetrics g : m) if (g.evaluated()) System.out.printf("gen %d best %.3f mean %.3f eval %.3f%n", g.generation(), g.bestFitness(), g.meanFitness(), g.evalFitness());
        assertEquals(40, m.size());
        GenerationMetrics last = m.get(m.size() - 1);
        assertTrue(last.evaluated());
        assertTrue(last.evalDistance() > 0.9, "eval distance " + last.evalDistance());
    }

    @Test
    void pgpeLearnsToReachTheGoal() {
        List<GenerationMetrics> m = run(PointMassSetup.pgpeConfig(40), null);
        for (GenerationMetrics g : m) if (g.evaluated()) System.out.printf("pgpe gen %d best %.3f mean %.3f eval %.3f%n", g.generation(), g.bestFitness(), g.meanFitness(), g.evalFitness());
        GenerationMetrics last = m.get(m.size() - 1);
        assertTrue(last.evalDistance() > 0.9, "eval distance " + last.evalDistance());
    }
}
