package org.propamine.trainer.es;

import java.util.function.ToDoubleFunction;

/** Test objectives (to maximise) and a plain ask/tell loop over them. */
final class Objectives {
    private Objectives() {}

    /** −Σ x² (maximum 0 at the origin). */
    static double sphere(double[] x) {
        double s = 0;
        for (double v : x) s += v * v;
        return -s;
    }

    /** −(10 n + Σ (x² − 10 cos 2πx)) (Rastrigin; maximum 0 at the origin, many local optima). */
    static double rastrigin(double[] x) {
        double s = 10 * x.length;
        for (double v : x) s += v * v - 10 * Math.cos(2 * Math.PI * v);
        return -s;
    }

    /** Runs {@code generations} of ask/tell on {@code f} from {@code x0}; returns the final state. */
    static StrategyState optimise(EvolutionStrategy es, ToDoubleFunction<double[]> f, double[] x0, int generations) {
        StrategyState s = es.init(x0);
        double[] candidate = new double[x0.length];
        for (int g = 0; g < generations; g++) {
            Population p = es.ask(s);
            double[] fitness = new double[p.size()];
            for (int k = 0; k < p.size(); k++) {
                p.candidate(es.noise(), k, candidate);
                fitness[k] = f.applyAsDouble(candidate);
            }
            s = es.tell(s, p, fitness);
        }
        return s;
    }

    static double[] filled(int n, double v) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, v);
        return x;
    }
}
