package org.propamine.cli.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.propamine.cli.report.ConditionSamples;
import org.propamine.cli.report.Plots;
import org.propamine.cli.report.RetentionTable;
import org.propamine.cli.run.ProgressLine;
import org.propamine.envs.conditions.ConditionGrid;
import org.propamine.trainer.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code propamine eval RUN}: the run's best parameters (and a baseline run's) under every condition of a grid,
 * N episodes each, in parallel; writes {@code retention.md}, {@code retention.json} and {@code retention.png}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate a trained run under perturbed conditions: retention table (Markdown, JSON, PNG).",
            "Grid: assets/conditions/default.yaml or --conditions. Per condition: mean ± 95%% CI of return and distance,",
            "retention %% of the nominal distance, recovery time after mid-episode damage.",
            "Writes RUN/eval/ (or --out): retention.md, retention.json, retention.png."})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", description = "Run directory written by propamine train.")
    Path run;

    @Option(names = "--baseline", paramLabel = "RUN", description = "A second run evaluated the same way (e.g. the non-plastic twin).")
    Path baseline;

    @Option(names = "--conditions", paramLabel = "FILE", description = "Condition grid YAML (default: assets/conditions/default.yaml).")
    Path conditions;

    @Option(names = "--only", paramLabel = "NAME", split = ",", description = "Evaluate only these conditions of the grid (comma-separated; nominal is always included).")
    List<String> only = new ArrayList<>();

    @Option(names = "--episodes", paramLabel = "N", description = "Episodes per condition and run (default ${DEFAULT-VALUE}).")
    int episodes = 10;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads, 0 = all cores (default).")
    int threads;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed of the evaluation episodes (default ${DEFAULT-VALUE}).")
    long seed = 2026;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default RUN/eval).")
    Path out;

    @Option(names = "--record-worst", description = "Also record RUN's worst episode (least distance) of each condition to DIR/worst/<condition>.mp4 (headless).")
    boolean recordWorst;

    @Option(names = "--record-fps", paramLabel = "N", hidden = true, description = "Frames per second of --record-worst (default ${DEFAULT-VALUE}).")
    int recordFps = 15;

    @Option(names = "--record-size", paramLabel = "WxH", hidden = true, description = "Frame size of --record-worst (default ${DEFAULT-VALUE}).")
    String recordSize = "480x360";

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        if (episodes < 1) throw new IllegalArgumentException("--episodes " + episodes + ": expected >= 1");
        if (threads < 0) throw new IllegalArgumentException("--threads " + threads + ": expected >= 0 (0 = all cores)");
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + ": is a file, expected a directory (created if missing)");
        }
        ConditionGrid grid = conditions == null ? ConditionGrid.loadDefault() : ConditionGrid.load(conditions);
        grid = select(grid);
        if (!grid.names().contains("nominal")) {
            throw new IllegalArgumentException(grid.source() + ": no condition named 'nominal' to compute retention against");
        }
        List<EvaluatedPolicy> policies = new ArrayList<>();
        policies.add(EvaluatedPolicy.load(run));
        if (baseline != null) {
            EvaluatedPolicy b = EvaluatedPolicy.load(baseline);
            if (b.label().equals(policies.get(0).label())) {
                throw new IllegalArgumentException("--baseline " + baseline + ": has the same name as RUN; evaluate two different runs");
            }
            policies.add(b);
        }
        Path dir = out != null ? out : run.resolve("eval");
        Files.createDirectories(dir);

        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        int total = Evaluation.total(policies, grid, episodes);
        w.printf("Evaluating %s on %d conditions x %d episodes with %d threads%n",
                String.join(" and ", policies.stream().map(EvaluatedPolicy::label).toList()),
                grid.conditions().size(), episodes, n);
        for (EvaluatedPolicy p : policies) w.println("  " + p.label() + ": parameters from " + p.origin());
        ProgressLine bar = new ProgressLine(w, "episodes", System.console() != null, total, 0, System.nanoTime());
        int every = Math.max(1, total / 50);
        Map<String, List<ConditionSamples>> samples = Evaluation.run(policies, grid, episodes, n, seed,
                k -> {
                    if (k % every == 0 || k == total) bar.update(k, "", System.nanoTime());
                });
        bar.finish();

        RetentionTable table = RetentionTable.of("nominal", samples);
        String md = "# Evaluation\n\n" + header(policies, grid) + "\n" + table.toMarkdown();
        AtomicFiles.writeString(dir.resolve("retention.md"), md);
        AtomicFiles.writeString(dir.resolve("retention.json"), json(policies, grid, table));
        chart(dir.resolve("retention.png"), grid, table, policies);
        if (recordWorst) WorstEpisodes.record(policies.get(0), grid, samples.get(policies.get(0).label()), seed,
                dir.resolve("worst"), recordSize, recordFps, w);
        w.println();
        w.print(table.toMarkdown());
        w.println();
        w.println("Wrote " + dir.resolve("retention.md") + ", retention.json, retention.png");
        w.flush();
        return 0;
    }

    private ConditionGrid select(ConditionGrid grid) {
        if (only.isEmpty()) return grid;
        List<org.propamine.envs.conditions.Condition> kept = new ArrayList<>();
        for (var c : grid.conditions()) {
            if (c.name().equals("nominal") || only.contains(c.name())) kept.add(c);
        }
        for (String name : only) grid.get(name); // unknown names throw, listing the known ones
        return new ConditionGrid(grid.source(), kept);
    }

    private String header(List<EvaluatedPolicy> policies, ConditionGrid grid) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Conditions: `%s`; %d episodes per condition and run (seed %d, the same "
                + "episode seeds for every condition and run); episode length %d env steps of 0.05 s.%n%n",
                grid.source(), episodes, seed, policies.get(0).maxSteps()));
        for (EvaluatedPolicy p : policies) {
            sb.append("- `").append(p.label()).append("`: ").append(p.parts().spec().name()).append(", ")
                    .append(p.parameterCountText()).append(", parameters from `").append(p.checkpoint()).append("` (")
                    .append(p.which()).append(")\n");
        }
        sb.append("\nRetention % = mean distance under the condition / mean nominal distance of the same run. "
                + "Recovery = env steps after mid-episode damage until the 1 s rolling forward speed is back to 90% "
                + "of its post-damage plateau (episodes where it is defined).\n");
        return sb.toString();
    }

    private String json(List<EvaluatedPolicy> policies, ConditionGrid grid, RetentionTable table) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> runs = new ArrayList<>();
        for (EvaluatedPolicy p : policies) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", p.label());
            m.put("run", p.run().path().toString());
            m.put("network", p.parts().spec().name());
            m.put("parameters", p.parts().parameterCount());
            m.put("origin", p.origin());
            runs.add(m);
        }
        root.put("runs", runs);
        root.put("conditions", grid.source());
        root.put("episodes", episodes);
        root.put("seed", seed);
        root.put("rows", table.toJsonRows());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }

    private static void chart(Path file, ConditionGrid grid, RetentionTable table, List<EvaluatedPolicy> policies)
            throws java.io.IOException {
        Map<String, double[]> values = new LinkedHashMap<>();
        Map<String, double[]> errors = new LinkedHashMap<>();
        List<String> names = grid.names();
        for (EvaluatedPolicy p : policies) {
            double[] v = new double[names.size()], e = new double[names.size()];
            for (RetentionTable.Row r : table.rows()) {
                if (!r.policy().equals(p.label())) continue;
                int i = names.indexOf(r.condition());
                v[i] = r.distance().mean();
                e[i] = r.distance().halfWidth();
            }
            values.put(p.label(), v);
            errors.put(p.label(), e);
        }
        Plots.bars(file, "Distance per condition (mean ± 95% CI)", "distance (m)", names, values, errors);
    }
}
