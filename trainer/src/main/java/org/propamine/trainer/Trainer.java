package org.propamine.trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.propamine.agent.Policy;
import org.propamine.envs.Env;
import org.propamine.trainer.es.EvolutionStrategy;
import org.propamine.trainer.es.NoiseTable;
import org.propamine.trainer.es.Population;
import org.propamine.trainer.es.Seeds;
import org.propamine.trainer.es.Strategies;
import org.propamine.trainer.es.StrategyState;
import org.propamine.trainer.rollout.BatchResult;
import org.propamine.trainer.rollout.EvaluationBatch;
import org.propamine.trainer.rollout.ObservationStats;
import org.propamine.trainer.rollout.PopulationBatch;
import org.propamine.trainer.rollout.RolloutBackend;
import org.propamine.trainer.rollout.RolloutPool;
import org.propamine.trainer.rollout.RolloutSetup;

/**
 * The ES training hub: generation loop ask → rollouts → tell, periodic evaluation of the mean, listeners,
 * stopping rules. One trainer owns one {@link RolloutPool}; close it when done.
 *
 * <p>Reproducibility: the noise table is generated from {@link Seeds#noiseTable}(seed); the noise indices of
 * generation g from {@link Seeds#ask}(seed, g); candidate k's episode e from
 * {@link Seeds#episode}(seed, g, k/2, e) (antithetic twins share episodes); evaluation episode e from
 * {@link Seeds#evaluation}(seed, e). Observation statistics, when enabled, are frozen during a generation and
 * updated after it from all its rollouts, reduced in task order. Hence the same config gives bit-identical
 * metrics and parameters for any thread count, and a run resumed from a checkpoint continues exactly.
 */
public final class Trainer implements AutoCloseable {
    private final TrainerConfig config;
    private final NoiseTable noise;
    private final EvolutionStrategy strategy;
    private final RolloutPool pool;
    private TrainerState state;

    /** A fresh run starting from the parameters of a policy built by {@code policies}. */
    public Trainer(TrainerConfig config, Supplier<Env> envs, Supplier<Policy> policies) {
        this(config, envs, policies, null);
    }

    /**
     * A run continuing from {@code resumeFrom} (e.g. {@code checkpoint.state()}), or a fresh one when it is
     * {@code null}.
     */
    public Trainer(TrainerConfig config, Supplier<Env> envs, Supplier<Policy> policies, TrainerState resumeFrom) {
        this(config, RolloutSetup.local(envs, policies), resumeFrom, RolloutBackend.LOCAL);
    }

    /**
     * A run (continuing from {@code resumeFrom} when non-null) whose rollouts run on {@code backend}: the
     * local thread pool ({@link RolloutBackend#LOCAL}) or a cluster member, which sends {@code setup} and the
     * noise table's seed to every member once. The results are bit-identical either way.
     */
    public Trainer(TrainerConfig config, RolloutSetup setup, TrainerState resumeFrom, RolloutBackend backend) {
        this.config = config;
        this.noise = NoiseTable.generate(Seeds.noiseTable(config.seed()), config.noiseTableSize());
        this.strategy = config.strategy().build(noise, config.seed());
        Supplier<Env> envs = setup.envs();
        Supplier<Policy> policies = setup.policies();
        this.pool = backend.open(setup, noise, config.threads());
        Policy probe = policies.get();
        if (resumeFrom == null) {
            double[] initial = new double[probe.parameterCount()];
            probe.getParameters(initial);
            Env env = envs.get();
            int obsDim = env.observationSpace().size();
            env.close();
            StrategyState s = strategy.init(initial);
            ObservationStats stats = config.normalizeObservations() ? ObservationStats.empty(obsDim) : null;
            this.state = new TrainerState(s, stats, 0, 0, 0, Double.NEGATIVE_INFINITY, initial.clone());
        } else {
            if (resumeFrom.mean().length != probe.parameterCount()) {
                throw new IllegalArgumentException("resume: the saved state has " + resumeFrom.mean().length
                        + " parameters, the policy has " + probe.parameterCount());
            }
            if ((resumeFrom.observationStats() != null) != config.normalizeObservations()) {
                throw new IllegalArgumentException("resume: normalizeObservations is " + config.normalizeObservations()
                        + " but the saved state " + (resumeFrom.observationStats() != null ? "has" : "has no") + " observation statistics");
            }
            int expectedSigma = strategy.init(resumeFrom.mean()).sigma().length;
            if (resumeFrom.strategy().sigma().length != expectedSigma) {
                throw new IllegalArgumentException("resume: the saved strategy state does not match strategy "
                        + Strategies.idOf(config.strategy()));
            }
            this.state = resumeFrom;
        }
    }

    public TrainerConfig config() {
        return config;
    }

    public TrainerState state() {
        return state;
    }

    public NoiseTable noise() {
        return noise;
    }

    public int threads() {
        return pool.threads();
    }

    /** The pool the rollouts run on (e.g. to read which members ran them). */
    public RolloutPool pool() {
        return pool;
    }

    /** Runs one generation (and its evaluation when due) and returns its metrics. */
    public GenerationMetrics step() {
        long start = System.nanoTime();
        StrategyState s = state.strategy();
        long generation = s.generation();
        Population population = strategy.ask(s);
        long asked = System.nanoTime();
        BatchResult r = pool.evaluate(new PopulationBatch(population, config.seed()), config.rollout(), state.observationStats(),
                state.observationStats() != null);
        long rolled = System.nanoTime();
        StrategyState next = strategy.tell(s, population, r.fitness());
        long told = System.nanoTime();
        ObservationStats stats = state.observationStats();
        if (stats != null) stats = stats.plus(r.observed().count(), r.observed().sum(), r.observed().sumSq());

        double evalFitness = Double.NaN;
        double evalReturn = Double.NaN;
        double evalDistance = Double.NaN;
        double bestEval = state.bestEvalFitness();
        double[] bestEvalParams = state.bestEvalParams();
        boolean last = generation + 1 == config.stop().maxGenerations();
        if (config.evaluation().due(generation + 1) || (last && config.evaluation().every() > 0)) {
            BatchResult e = evaluate(next.mean(), stats);
            evalFitness = mean(e.fitness());
            evalReturn = BatchResult.finiteMean(e.returns());
            evalDistance = BatchResult.finiteMean(e.distances());
            if (evalFitness > bestEval) {
                bestEval = evalFitness;
                bestEvalParams = next.mean();
            }
        }
        long end = System.nanoTime();
        double wall = state.wallSeconds() + (end - start) * 1e-9;
        state = new TrainerState(next, stats, state.envSteps() + r.envSteps(), state.divergedEpisodes() + r.divergedEpisodes(),
                wall, bestEval, bestEvalParams);
        double rolloutSeconds = (rolled - asked) * 1e-9;
        double[] f = r.fitness();
        double best = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double v : f) {
            best = Math.max(best, v);
            min = Math.min(min, v);
        }
        return new GenerationMetrics(generation + 1, best, mean(f), min, BatchResult.finiteMean(r.returns()),
                BatchResult.finiteMean(r.distances()), evalFitness, evalReturn, evalDistance, mean(next.sigma()),
                r.divergedEpisodes(), r.envSteps(), state.envSteps(), wall, rolloutSeconds,
                ((asked - start) + (told - rolled)) * 1e-9, (end - told) * 1e-9,
                rolloutSeconds > 0 ? r.envSteps() / rolloutSeconds : Double.NaN);
    }

    /**
     * Runs generations until one of the config's stop rules or {@code extraStops} holds, calling every
     * listener after each generation and {@link TrainerListener#onFinish} once at the end. Returns the final
     * state. The mean is evaluated every {@code evaluation.every} generations and after generation
     * {@code stop.maxGenerations}, so a run that ends by its generation limit always ends with an evaluation.
     */
    public TrainerState run(List<? extends TrainerListener> listeners, Stop... extraStops) {
        List<Stop> stops = new ArrayList<>(config.stop().predicates());
        stops.addAll(List.of(extraStops));
        if (state.generation() >= config.stop().maxGenerations()) return state;
        while (true) {
            GenerationMetrics m = step();
            for (TrainerListener l : listeners) l.onGeneration(m, state);
            for (Stop stop : stops) {
                if (stop.test(m)) {
                    for (TrainerListener l : listeners) l.onFinish(state);
                    return state;
                }
            }
        }
    }

    /**
     * Evaluates {@code params} on the fixed evaluation episodes (one candidate per episode, run in parallel),
     * normalising observations with {@code stats} when non-null.
     */
    public BatchResult evaluate(double[] params, ObservationStats stats) {
        return pool.evaluate(new EvaluationBatch(params, config.seed(), config.evaluation().episodes()),
                config.rollout().withEpisodes(1), stats, false);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    @Override
    public void close() {
        pool.close();
    }
}
