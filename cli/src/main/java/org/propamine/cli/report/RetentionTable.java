package org.propamine.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation table: for each condition and policy, the mean ± 95% CI of return and distance, the
 * retention against the nominal condition, and for mid-episode damage the recovery time.
 *
 * <p>Retention % = 100 · mean distance under the condition / mean distance under the nominal condition of the
 * same policy ("walks" is judged by distance, never by reward). NaN when the nominal distance is not positive.
 */
public final class RetentionTable {

    /** One line of the table. */
    public record Row(String condition, String policy, int episodes, MeanCi ret, MeanCi distance,
                      double retentionPct, double recoveryMeanSteps, int recoveryDefined, int recoveryEpisodes) {}

    private final List<Row> rows;

    private RetentionTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * @param nominal  name of the reference condition (e.g. {@code nominal}); must be present for every policy
     * @param policies policy label → its samples per condition (iteration order is kept)
     */
    public static RetentionTable of(String nominal, Map<String, List<ConditionSamples>> policies) {
        List<Row> rows = new ArrayList<>();
        Map<String, Map<String, ConditionSamples>> byCondition = new LinkedHashMap<>();
        for (var p : policies.entrySet()) {
            ConditionSamples ref = p.getValue().stream().filter(c -> c.condition().equals(nominal)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("policy " + p.getKey()
                            + " has no '" + nominal + "' condition to compute retention against"));
            double refDistance = MeanCi.of(ref.distances()).mean();
            for (ConditionSamples c : p.getValue()) {
                byCondition.computeIfAbsent(c.condition(), k -> new LinkedHashMap<>()).put(p.getKey(), c);
            }
            for (ConditionSamples c : p.getValue()) {
                MeanCi d = MeanCi.of(c.distances());
                double retention = refDistance > 0 ? 100 * d.mean() / refDistance : Double.NaN;
                int defined = 0;
                double sum = 0;
                for (double r : c.recovery()) {
                    if (!Double.isNaN(r)) {
                        defined++;
                        sum += r;
                    }
                }
                rows.add(new Row(c.condition(), p.getKey(), c.returns().length, MeanCi.of(c.returns()), d,
                        retention, defined > 0 ? sum / defined : Double.NaN, defined, c.recovery().length));
            }
        }
        // group by condition (grid order), then policy order
        List<Row> ordered = new ArrayList<>();
        for (String cond : byCondition.keySet()) {
            for (Row r : rows) if (r.condition().equals(cond)) ordered.add(r);
        }
        return new RetentionTable(ordered);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The table as GitHub Markdown. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| condition | policy | episodes | return (mean ± 95% CI) | distance m (mean ± 95% CI) | retention % | recovery steps |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.condition()).append(" | ").append(r.policy()).append(" | ").append(r.episodes())
                    .append(" | ").append(r.ret().format(1)).append(" | ").append(r.distance().format(2))
                    .append(" | ").append(Double.isNaN(r.retentionPct()) ? "n/a" : fmt(r.retentionPct(), 1))
                    .append(" | ").append(recovery(r)).append(" |\n");
        }
        return sb.toString();
    }

    /** The rows as plain maps, ready for a JSON writer (NaN becomes null). */
    public List<Map<String, Object>> toJsonRows() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("condition", r.condition());
            m.put("policy", r.policy());
            m.put("episodes", r.episodes());
            m.put("return_mean", num(r.ret().mean()));
            m.put("return_ci95", num(r.ret().halfWidth()));
            m.put("distance_mean", num(r.distance().mean()));
            m.put("distance_ci95", num(r.distance().halfWidth()));
            m.put("retention_pct", num(r.retentionPct()));
            if (r.recoveryEpisodes() > 0) {
                m.put("recovery_steps_mean", num(r.recoveryMeanSteps()));
                m.put("recovery_defined_episodes", r.recoveryDefined());
            }
            out.add(m);
        }
        return out;
    }

    private static String recovery(Row r) {
        if (r.recoveryEpisodes() == 0) return "";
        if (r.recoveryDefined() == 0) return "not recovered";
        String s = fmt(r.recoveryMeanSteps(), 0);
        return r.recoveryDefined() < r.recoveryEpisodes() ? s + " (" + r.recoveryDefined() + "/" + r.recoveryEpisodes() + ")" : s;
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
