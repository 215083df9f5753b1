package org.propamine.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionTableTest {

    private static ConditionSamples c(String name, double[] distances, double... recovery) {
        double[] returns = new double[distances.length];
        for (int i = 0; i < returns.length; i++) returns[i] = 100 * distances[i];
        return new ConditionSamples(name, returns, distances, recovery);
    }

    private static RetentionTable table() {
        Map<String, List<ConditionSamples>> p = new LinkedHashMap<>();
        p.put("plastic", List.of(
                c("nominal", new double[] {5, 6, 7}),
                c("leg1_mid", new double[] {4, 5, 6}, 40, Double.NaN, 60)));
        p.put("static", List.of(
                c("nominal", new double[] {8, 8, 8}),
                c("leg1_mid", new double[] {2, 2, 2}, Double.NaN, Double.NaN, Double.NaN)));
        return RetentionTable.of("nominal", p);
    }

    @Test
    void retentionIsDistanceRelativeToTheSamePolicysNominal() {
        var rows = table().rows();
        assertEquals(4, rows.size());
        // grouped by condition, then policy
        assertEquals(List.of("nominal/plastic", "nominal/static", "leg1_mid/plastic", "leg1_mid/static"),
                rows.stream().map(r -> r.condition() + "/" + r.policy()).toList());
        assertEquals(100.0, rows.get(0).retentionPct(), 1e-12);
        // plastic: mean 5 / mean 6 = 83.333 %; static: 2 / 8 = 25 %
        assertEquals(500.0 / 6.0, rows.get(2).retentionPct(), 1e-12);
        assertEquals(25.0, rows.get(3).retentionPct(), 1e-12);
        // recovery mean over the defined episodes: (40 + 60) / 2
        assertEquals(50.0, rows.get(2).recoveryMeanSteps(), 1e-12);
        assertEquals(2, rows.get(2).recoveryDefined());
        // return = 100 x distance, so its CI scales: {500,600,700}: 600 ± 4.30265 * 100 / sqrt(3) = 248.414
        assertEquals(248.414, rows.get(0).ret().halfWidth(), 1e-3);
    }

    @Test
    void markdownAndJsonCarryTheNumbers() {
        String md = table().toMarkdown();
        assertTrue(md.contains("| leg1_mid | plastic | 3 | 500.0 ± 248.4 | 5.00 ± 2.48 | 83.3 | 50 (2/3) |"), md);
        assertTrue(md.contains("| leg1_mid | static | 3 | 200.0 ± 0.0 | 2.00 ± 0.00 | 25.0 | not recovered |"), md);
        var json = table().toJsonRows();
        assertEquals(25.0, (Double) json.get(3).get("retention_pct"), 1e-12);
        assertNull(json.get(3).get("recovery_steps_mean"));
        assertTrue(!json.get(0).containsKey("recovery_steps_mean"));
    }

    @Test
    void missingNominalIsAnError() {
        var e = assertThrows(IllegalArgumentException.class, () -> RetentionTable.of("nominal",
                Map.of("p", List.of(c("friction_0.5", new double[] {1})))));
        assertEquals("policy p has no 'nominal' condition to compute retention against", e.getMessage());
    }
}
