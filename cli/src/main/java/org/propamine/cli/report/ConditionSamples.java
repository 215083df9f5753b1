package org.propamine.cli.report;

/**
 * The per-episode outcomes of one policy under one evaluation condition.
 *
 * @param condition  condition name (as in the condition grid)
 * @param returns    episode returns, one per episode (not copied: do not modify)
 * @param distances  distances walked in m along +x, one per episode (not copied)
 * @param recovery   recovery times in env steps for mid-episode damage conditions (NaN where undefined), or an
 *                   empty array for conditions without mid-episode damage (not copied)
 */
public record ConditionSamples(String condition, double[] returns, double[] distances, double[] recovery) {

    public ConditionSamples {
        if (condition == null || condition.isBlank()) throw new IllegalArgumentException("condition name is empty");
        if (returns.length == 0) throw new IllegalArgumentException("condition " + condition + ": no episodes");
        if (distances.length != returns.length) {
            throw new IllegalArgumentException("condition " + condition + ": " + returns.length + " returns but "
                    + distances.length + " distances");
        }
        if (recovery == null) recovery = new double[0];
    }
}
