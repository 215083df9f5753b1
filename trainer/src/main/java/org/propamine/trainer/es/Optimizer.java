package org.propamine.trainer.es;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A first-order optimiser for gradient <em>ascent</em> on an estimated gradient (OpenAI
 * evolution-strategies-starter's {@code Optimizer}): the records are immutable hyper-parameters, the evolving
 * moments live in an {@link OptimizerState}. JSON: {@code {"type": "adam"|"sgd"|"clipup", ...}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Adam.class, name = "adam"),
    @JsonSubTypes.Type(value = Sgd.class, name = "sgd"),
    @JsonSubTypes.Type(value = ClipUp.class, name = "clipup")
})
public sealed interface Optimizer permits Adam, Sgd, ClipUp {

    /** The zero state for {@code dim} parameters. */
    OptimizerState init(int dim);

    /**
     * One ascent step: writes {@code params + Δ(gradient)} into {@code dest} (a fresh or the same array) and
     * returns the next state; {@code state} is not modified.
     *
     * @param learningRate step size of this generation (> 0)
     */
    OptimizerState update(OptimizerState state, double[] params, double[] gradient, double learningRate, double[] dest);

    /** Euclidean norm of {@code x}. */
    static double norm(double[] x) {
        double s = 0;
        for (double v : x) s += v * v;
        return Math.sqrt(s);
    }
}
