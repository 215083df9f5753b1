package org.propamine.cli.train;

import java.util.Locale;
import org.propamine.cli.run.ProgressLine;
import org.propamine.trainer.GenerationMetrics;
import org.propamine.trainer.TrainerListener;
import org.propamine.trainer.TrainerState;

/** Draws the per-generation progress line: best/mean fitness, distance, env steps/s and ETA. */
public final class ProgressReporter implements TrainerListener {

    private final ProgressLine line;
    private final double budgetSeconds;
    private double lastEvalDistance = Double.NaN;

    /** @param budgetSeconds the run's wall-time budget (0 = none): the ETA never exceeds what is left of it */
    public ProgressReporter(ProgressLine line, double budgetSeconds) {
        this.line = line;
        this.budgetSeconds = budgetSeconds > 0 ? budgetSeconds : Double.POSITIVE_INFINITY;
    }

    @Override
    public void onGeneration(GenerationMetrics m, TrainerState state) {
        if (m.evaluated()) lastEvalDistance = m.evalDistance();
        line.update(m.generation(), stats(m, lastEvalDistance), System.nanoTime(), budgetSeconds - m.wallSeconds());
    }

    /** The statistics part of the line. */
    static String stats(GenerationMetrics m, double evalDistance) {
        return String.format(Locale.ROOT, "best %.3f mean %.3f | dist %.2f m (eval %s) | %,.0f steps/s",
                m.bestFitness(), m.meanFitness(), m.meanDistance(),
                Double.isNaN(evalDistance) ? "-" : String.format(Locale.ROOT, "%.2f m", evalDistance),
                m.envStepsPerSecond());
    }

    public void finish() {
        line.finish();
    }
}
