package org.propamine.cli.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.propamine.agent.Policy;
import org.propamine.cli.config.ConfigLoader;
import org.propamine.cli.run.RunDirectory;
import org.propamine.cli.train.ExperimentParts;
import org.propamine.trainer.TrainerState;
import org.propamine.trainer.checkpoint.Checkpoints;

/**
 * A trained run loaded for evaluation: its experiment parts (env, controller) and the parameters to evaluate —
 * the best evaluated mean ({@code checkpoints/best.ckpt}) when the run has one, else the mean of its newest good
 * checkpoint.
 *
 * @param label     the run directory's name (the policy's name in tables)
 * @param run       the run directory
 * @param parts     env and controller factories from the run's {@code config.yaml}
 * @param maxSteps  episode length of the run's config
 * @param params    parameters to evaluate (not copied)
 * @param checkpoint the checkpoint file the parameters came from
 * @param which      which of its parameter vectors: "best evaluated mean" or "mean after generation N"
 */
public record EvaluatedPolicy(String label, RunDirectory run, ExperimentParts parts, int maxSteps, double[] params,
                              String checkpoint, String which) {

    /** "CHECKPOINT (WHICH)", for the console and the JSON report. */
    public String origin() {
        return checkpoint + " (" + which + ")";
    }

    /** Loads run directory {@code dir}; one-line errors name the directory, config field or checkpoint. */
    public static EvaluatedPolicy load(Path dir) throws IOException {
        return load(dir, null, List.of());
    }

    /**
     * Loads a run directory or one of its checkpoint files ({@code RUN/checkpoints/*.ckpt}), with {@code --set}
     * style overrides of the run's config (e.g. {@code env.robot=ant_three_legs} to play the controller on another
     * body). A directory gives its best evaluated mean ({@code best.ckpt}) or, without one, the mean of its newest
     * good checkpoint; a checkpoint file gives its best evaluated mean ({@code best.ckpt}) or its mean.
     *
     * @param runOrCheckpoint a run directory or a checkpoint file inside one
     * @param label           the name in tables and titles, or {@code null} for the run directory's name
     * @param overrides       {@code key=value} overrides of the run's {@code config.yaml}
     * @throws IllegalArgumentException (one line) when the checkpoint does not fit the (overridden) env and
     *                                  network, e.g. a controller of another robot
     */
    public static EvaluatedPolicy load(Path runOrCheckpoint, String label, List<String> overrides) throws IOException {
        if (!Files.exists(runOrCheckpoint) && runOrCheckpoint.toString().endsWith(".ckpt")) throw missingCheckpoint(runOrCheckpoint);
        Path checkpointFile = Files.isRegularFile(runOrCheckpoint) ? runOrCheckpoint : null;
        Path dir = checkpointFile == null ? runOrCheckpoint : runDirectoryOf(checkpointFile);
        RunDirectory run = RunDirectory.open(dir);
        ConfigLoader.Resolved r = ConfigLoader.load(run.config().toString(), overrides);
        ExperimentParts parts = ExperimentParts.of(r);
        Path best = run.checkpoints().resolve(Checkpoints.BEST);
        TrainerState state;
        String origin;
        if (checkpointFile != null) {
            state = Checkpoints.load(checkpointFile).state();
            origin = checkpointFile.toString();
        } else if (Files.isRegularFile(best)) {
            state = Checkpoints.load(best).state();
            origin = best.toString();
        } else {
            Checkpoints.Found f = Checkpoints.latestGood(run.checkpoints());
            state = f.checkpoint().state();
            origin = f.file().toString();
        }
        if (state.observationStats() != null) {
            throw new IllegalArgumentException(origin + ": the run normalises observations, which eval does not support yet");
        }
        boolean evaluated = Double.isFinite(state.bestEvalFitness()) && state.bestEvalParams() != null
                && (checkpointFile == null || checkpointFile.getFileName().toString().equals(Checkpoints.BEST));
        double[] params = evaluated ? state.bestEvalParams() : state.mean();
        if (params.length != parts.parameterCount()) {
            throw new IllegalArgumentException(origin + ": " + params.length + " parameters, but the run's network "
                    + parts.spec().name() + " has " + parts.parameterCount());
        }
        String name = label != null ? label : dir.toAbsolutePath().normalize().getFileName().toString();
        return new EvaluatedPolicy(name, run, parts, r.config().env().maxSteps(), params, origin,
                evaluated ? "best evaluated mean" : "mean after generation " + state.generation());
    }

    /** A .ckpt path that does not exist (e.g. rotated away by training): names the checkpoints that do. */
    private static IOException missingCheckpoint(Path file) throws IOException {
        Path folder = file.toAbsolutePath().normalize().getParent();
        List<String> present = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ckpt")).sorted().forEach(present::add);
            }
        }
        return new IOException(file + ": no such checkpoint file, expected "
                + (present.isEmpty() ? "RUN/" + RunDirectory.CHECKPOINTS + "/FILE.ckpt" : "one of " + present));
    }

    /** {@code RUN} of {@code RUN/checkpoints/FILE.ckpt}; a one-line error for a file anywhere else. */
    private static Path runDirectoryOf(Path checkpointFile) throws IOException {
        Path parent = checkpointFile.toAbsolutePath().normalize().getParent();
        if (parent == null || !RunDirectory.CHECKPOINTS.equals(String.valueOf(parent.getFileName())) || parent.getParent() == null) {
            throw new IOException(checkpointFile + ": not a checkpoint of a run directory, expected RUN/"
                    + RunDirectory.CHECKPOINTS + "/FILE.ckpt (its config is RUN/" + RunDirectory.CONFIG + ")");
        }
        return parent.getParent();
    }

    /** "31,628 parameters". */
    public String parameterCountText() {
        return String.format(java.util.Locale.ROOT, "%,d parameters", parts.parameterCount());
    }

    /** A new controller with the evaluated parameters. */
    public Policy policy() {
        Policy p = parts.policies().get();
        p.setParameters(params);
        return p;
    }
}
