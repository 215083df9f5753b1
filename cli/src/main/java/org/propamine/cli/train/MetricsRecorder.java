package org.propamine.cli.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.propamine.cli.report.MetricsCsv;
import org.propamine.cli.report.Plots;
import org.propamine.trainer.GenerationMetrics;
import org.propamine.trainer.TrainerListener;
import org.propamine.trainer.TrainerState;

/**
 * Writes each generation's {@link GenerationMetrics} as one row of {@code metrics.csv} and redraws the
 * learning curves ({@code fitness.png}, {@code distance.png}) every {@code plotEvery} generations and at the end.
 */
public final class MetricsRecorder implements TrainerListener, AutoCloseable {

    /** CSV columns, in the order of {@link #row(GenerationMetrics)}. */
    public static final List<String> COLUMNS = List.of("generation", "best_fitness", "mean_fitness", "min_fitness",
            "mean_return", "mean_distance", "eval_fitness", "eval_return", "eval_distance", "sigma",
            "diverged_episodes", "generation_env_steps", "env_steps", "wall_seconds", "rollout_seconds",
            "strategy_seconds", "eval_seconds", "env_steps_per_s");

    private final MetricsCsv csv;
    private final Path dir;
    private final int plotEvery;

    private MetricsRecorder(MetricsCsv csv, Path dir, int plotEvery) {
        this.csv = csv;
        this.dir = dir;
        this.plotEvery = plotEvery;
    }

    /** A recorder for run folder {@code dir}: a new CSV, or for a run resumed at {@code generation} > 0 the kept rows. */
    public static MetricsRecorder open(Path dir, long generation, int plotEvery) throws IOException {
        Path file = dir.resolve("metrics.csv");
        MetricsCsv csv = generation > 0 && Files.exists(file)
                ? MetricsCsv.resume(file, COLUMNS, generation + 1)
                : MetricsCsv.create(file, COLUMNS);
        return new MetricsRecorder(csv, dir, Math.max(1, plotEvery));
    }

    static double[] row(GenerationMetrics m) {
        return new double[] {m.generation(), m.bestFitness(), m.meanFitness(), m.minFitness(), m.meanReturn(),
            m.meanDistance(), m.evalFitness(), m.evalReturn(), m.evalDistance(), m.sigma(), m.divergedEpisodes(),
            m.generationEnvSteps(), m.envSteps(), m.wallSeconds(), m.rolloutSeconds(), m.strategySeconds(),
            m.evalSeconds(), m.envStepsPerSecond()};
    }

    @Override
    public void onGeneration(GenerationMetrics metrics, TrainerState state) {
        try {
            csv.append(row(metrics));
            if (metrics.generation() % plotEvery == 0) plot();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Redraws {@code fitness.png} and {@code distance.png} from {@code metrics.csv}. */
    public void plot() throws IOException {
        plot(dir);
    }

    /** Draws the learning curves of the run folder {@code dir} from its {@code metrics.csv}. */
    public static void plot(Path dir) throws IOException {
        List<double[]> rows = MetricsCsv.read(dir.resolve("metrics.csv"));
        double[] g = column(rows, 0);
        Plots.lines(dir.resolve("fitness.png"), "Fitness per generation", "generation", "fitness", List.of(
                new Plots.Series("best candidate", g, column(rows, 1)),
                new Plots.Series("population mean", g, column(rows, 2)),
                new Plots.Series("evaluation of the mean", g, column(rows, 6))));
        Plots.lines(dir.resolve("distance.png"), "Distance walked per episode", "generation", "distance (m)", List.of(
                new Plots.Series("population mean", g, column(rows, 5)),
                new Plots.Series("evaluation of the mean", g, column(rows, 8))));
    }

    private static double[] column(List<double[]> rows, int c) {
        List<Double> v = new ArrayList<>();
        for (double[] r : rows) v.add(r[c]);
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
