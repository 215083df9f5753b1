package org.propamine.trainer.bptt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.propamine.envs.temporal.PatternMemoryEnv;
import org.propamine.trainer.io.AtomicFiles;

/**
 * The claim-C1 table: per task, rule and noise level the mean ± standard deviation over seeds of the final
 * evaluation metric, as Markdown ({@code temporal.md}), JSON ({@code temporal.json}, every run plus the
 * summary) and a PNG chart ({@code temporal.png}: metric against noise level, one line per rule). Every file is
 * written to a temporary file and renamed, so a crash never leaves a partial report.
 */
public final class TemporalReport {
    /** Mean, sample standard deviation and count of one cell (NaN runs excluded). */
    public record Cell(String task, String rule, int noiseLevel, double mean, double sd, int n) {}

    private TemporalReport() {}

    /** Cells of the final evaluation metric, in (task, rule, level) order of first appearance. */
    public static List<Cell> summarise(List<TemporalExperiment.Run> runs) {
        return summarise(runs, TemporalExperiment.Run::finalMetric);
    }

    /** Cells of {@code metric} (e.g. the untrained prior's {@code initialMetric}), in (task, rule, level) order. */
    public static List<Cell> summarise(List<TemporalExperiment.Run> runs, ToDoubleFunction<TemporalExperiment.Run> metric) {
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        for (TemporalExperiment.Run r : runs) {
            groups.computeIfAbsent(r.task() + "\u0000" + r.rule() + "\u0000" + r.noiseLevel(), k -> new ArrayList<>())
                    .add(metric.applyAsDouble(r));
        }
        List<Cell> cells = new ArrayList<>();
        for (var e : groups.entrySet()) {
            String[] key = e.getKey().split("\u0000");
            double sum = 0, sq = 0;
            int n = 0;
            for (double v : e.getValue()) {
                if (Double.isNaN(v)) continue;
                sum += v;
                n++;
            }
            double mean = n > 0 ? sum / n : Double.NaN;
            for (double v : e.getValue()) if (!Double.isNaN(v)) sq += (v - mean) * (v - mean);
            cells.add(new Cell(key[0], key[1], Integer.parseInt(key[2]), mean, n > 1 ? Math.sqrt(sq / (n - 1)) : 0, n));
        }
        return cells;
    }

    /** Writes the Markdown, JSON and PNG reports into {@code dir} (created if needed). */
    public static void write(Path dir, TemporalExperimentConfig cfg, List<TemporalExperiment.Task> tasks,
                             List<TemporalExperiment.Run> runs, double wallSeconds, int threads) {
        List<Cell> cells = summarise(runs);
        List<Cell> untrained = summarise(runs, TemporalExperiment.Run::initialMetric);
        try {
            Files.createDirectories(dir);
            double cpu = 0;
            for (TemporalExperiment.Run r : runs) cpu += r.cpuSeconds();
            AtomicFiles.write(dir.resolve("temporal.md"), markdown(cfg, tasks, cells, untrained, wallSeconds, threads, cpu).getBytes(StandardCharsets.UTF_8));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("config", cfg);
            json.put("wall_seconds", wallSeconds);
            json.put("threads", threads);
            json.put("cpu_seconds", cpu);
            json.put("summary", cells);
            json.put("summary_untrained", untrained);
            json.put("runs", runs);
            AtomicFiles.write(dir.resolve("temporal.json"), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(json));
            Path png = dir.resolve("temporal.png");
            Path tmp = AtomicFiles.tempBeside(png, ".png");
            try {
                List<XYChart> charts = new java.util.ArrayList<>();
                for (TemporalExperiment.Task t : tasks) charts.add(chart(cfg, cells, t.envId()));
                BitmapEncoder.saveBitmap(charts, 1, charts.size(), tmp.toString(), BitmapEncoder.BitmapFormat.PNG);
                AtomicFiles.publish(tmp, png);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot write the temporal report (" + e.getMessage() + ")", e);
        }
    }

    static String markdown(TemporalExperimentConfig cfg, List<TemporalExperiment.Task> tasks, List<Cell> cells,
                           List<Cell> untrained, double wallSeconds, int threads, double cpuSeconds) {
        StringBuilder md = new StringBuilder();
        md.append("# Temporal tasks (claim C1)\n\n");
        md.append(String.format(Locale.ROOT, "Seeds 1..%d per cell, wall time %.0f s on %d threads (CPU time of the runs: %.0f s). Noise levels:",
                cfg.seeds(), wallSeconds, threads, cpuSeconds));
        for (int l = 0; l < cfg.noise().size(); l++) {
            md.append(String.format(Locale.ROOT, " L%d = σ %.2f, spurious %.2f;", l, cfg.noise().get(l).currentSigma(),
                    cfg.noise().get(l).spuriousSpikeRate()));
        }
        md.append("\n\n");
        for (TemporalExperiment.Task t : tasks) {
            String task = t.envId();
            boolean pm = task.equals(PatternMemoryEnv.ID);
            md.append("## ").append(task).append(pm
                    ? String.format(Locale.ROOT, " — bit error on the zeroed bits (lower is better, chance 0.5), N = %d (signed input channels), %d BPTT steps × %d episodes\n\n",
                            cfg.patternBits(), cfg.patternIterations(), cfg.patternBatch())
                    : String.format(Locale.ROOT, " — greedy reward per episode (higher is better, chance %.1f of %d), %d REINFORCE steps × %d episodes\n\n",
                            cfg.cueTrials() / 2.0, cfg.cueTrials(), cfg.cueIterations(), cfg.cueBatch()));
            table(md, cfg, (rule, l) -> {
                Cell c = find(cells, task, rule, l);
                return c == null || c.n() == 0 ? "–" : String.format(Locale.ROOT, "%.3f ± %.3f", c.mean(), c.sd());
            });
            md.append('\n').append(verdict(cfg, cells, task)).append('\n');
            if (!pm) md.append(untrainedTable(cfg, cells, untrained, task)).append('\n');
        }
        return md.toString();
    }

    /**
     * What training added: per rule and level the mean over seeds of the untrained network (the structural prior on
     * the seeded initialisation, evaluated on the same episodes) and of the trained one, as "before → after (Δ)".
     */
    static String untrainedTable(TemporalExperimentConfig cfg, List<Cell> cells, List<Cell> untrained, String task) {
        StringBuilder md = new StringBuilder("Untrained prior → trained (mean over seeds, same evaluation episodes):\n\n");
        table(md, cfg, (rule, l) -> {
            Cell before = find(untrained, task, rule, l), after = find(cells, task, rule, l);
            return before == null || after == null || before.n() == 0 || after.n() == 0 ? "–"
                    : String.format(Locale.ROOT, "%.2f → %.2f (%+.2f)", before.mean(), after.mean(), after.mean() - before.mean());
        });
        return md.toString();
    }

    /** Appends a Markdown table with a row per rule and a column per noise level, cells from {@code cell}. */
    private static void table(StringBuilder md, TemporalExperimentConfig cfg, BiFunction<String, Integer, String> cell) {
        md.append("| rule |");
        for (int l = 0; l < cfg.noise().size(); l++) md.append(" L").append(l).append(" |");
        md.append("\n|---|");
        for (int l = 0; l < cfg.noise().size(); l++) md.append("---:|");
        md.append('\n');
        for (String rule : cfg.rules()) {
            md.append("| ").append(rule).append(" |");
            for (int l = 0; l < cfg.noise().size(); l++) md.append(' ').append(cell.apply(rule, l)).append(" |");
            md.append('\n');
        }
    }

    /** Bit error the non-plastic SNN must stay at or above on PatternMemory without noise (0.40). */
    static final double PATTERN_NONE_MIN = 0.40;
    /** Bit error the plastic SNNs must reach without noise (≤ 0.10). */
    static final double PATTERN_PLASTIC_MAX = 0.10;
    /** Reward per episode above chance (trials/2) that counts as beating chance on CueReward. */
    static final double CUE_ABOVE_CHANCE = 1.0;

    /**
     * The claim-C1 bar per rule, in words: PatternMemory — {@code none} at L0 ≥ 0.40, every plastic rule at L0
     * ≤ 0.10, and at the highest level "clearly better" than {@code none} (mean + sd below none's mean − sd);
     * CueReward — plastic at L0 at least {@link #CUE_ABOVE_CHANCE} above chance, and at the highest level mean − sd
     * above none's mean + sd.
     */
    static String verdict(TemporalExperimentConfig cfg, List<Cell> cells, String task) {
        boolean pm = task.equals(PatternMemoryEnv.ID);
        int top = cfg.noise().size() - 1;
        double chance = cfg.cueTrials() / 2.0;
        Cell noneTop = find(cells, task, "none", top);
        StringBuilder md = new StringBuilder();
        md.append(pm ? String.format(Locale.ROOT, "C1 bar: none at L0 ≥ %.2f; plastic at L0 ≤ %.2f; plastic at L%d clearly better than none (mean ± sd bands apart).%n%n",
                        PATTERN_NONE_MIN, PATTERN_PLASTIC_MAX, top)
                : String.format(Locale.ROOT, "C1 bar: plastic at L0 ≥ chance + %.1f (%.1f); plastic at L%d clearly better than none (mean ± sd bands apart).%n%n",
                        CUE_ABOVE_CHANCE, chance + CUE_ABOVE_CHANCE, top));
        for (String rule : cfg.rules()) {
            Cell c0 = find(cells, task, rule, 0);
            Cell ct = find(cells, task, rule, top);
            String line;
            if (c0 == null || c0.n() == 0) {
                line = "no finished runs";
            } else if (rule.equals("none")) {
                line = pm ? (c0.mean() >= PATTERN_NONE_MIN ? "stays near chance at L0: yes" : "stays near chance at L0: NO")
                        : String.format(Locale.ROOT, "L0 %.2f vs chance %.1f", c0.mean(), chance);
            } else {
                boolean reach = pm ? c0.mean() <= PATTERN_PLASTIC_MAX : c0.mean() >= chance + CUE_ABOVE_CHANCE;
                boolean better = ct != null && ct.n() > 0 && noneTop != null && noneTop.n() > 0
                        && (pm ? ct.mean() + ct.sd() < noneTop.mean() - noneTop.sd() : ct.mean() - ct.sd() > noneTop.mean() + noneTop.sd());
                line = (pm ? "L0 ≤ " + PATTERN_PLASTIC_MAX : "L0 above chance") + ": " + (reach ? "yes" : "NO")
                        + "; L" + top + " clearly better than none: " + (better ? "yes" : "NO");
            }
            md.append("- ").append(rule).append(": ").append(line).append('\n');
        }
        return md.toString();
    }

    static Cell find(List<Cell> cells, String task, String rule, int level) {
        for (Cell c : cells) if (c.task().equals(task) && c.rule().equals(rule) && c.noiseLevel() == level) return c;
        return null;
    }

    private static XYChart chart(TemporalExperimentConfig cfg, List<Cell> cells, String task) {
        boolean pm = task.equals(PatternMemoryEnv.ID);
        XYChart chart = new XYChartBuilder().width(640).height(420).title(task)
                .xAxisTitle("noise level").yAxisTitle(pm ? "bit error (zeroed bits)" : "reward per episode").build();
        int levels = cfg.noise().size();
        for (String rule : cfg.rules()) {
            double[] x = new double[levels], y = new double[levels], err = new double[levels];
            for (int l = 0; l < levels; l++) {
                Cell c = find(cells, task, rule, l);
                x[l] = l;
                y[l] = c == null ? Double.NaN : c.mean();
                err[l] = c == null ? 0 : c.sd();
            }
            chart.addSeries(rule, x, y, err);
        }
        double[] x = new double[levels], chance = new double[levels];
        for (int l = 0; l < levels; l++) {
            x[l] = l;
            chance[l] = pm ? 0.5 : cfg.cueTrials() / 2.0;
        }
        chart.addSeries("chance", x, chance);
        return chart;
    }

}
