package org.propamine.cli.config;

import static org.propamine.cli.config.Checks.intRange;
import static org.propamine.cli.config.Checks.nonNegative;
import static org.propamine.cli.config.Checks.positive;
import static org.propamine.cli.config.Checks.required;

import org.propamine.trainer.hybrid.HybridMode;
import org.propamine.trainer.rollout.FitnessKind;

/**
 * The experiment a {@code propamine train} run performs: one YAML file (see {@code assets/configs/default.yaml},
 * which documents every field and is the base every other config and {@code --set} is layered on).
 *
 * @param name       run name, used for the run directory ({@code runs/<name>-<time>})
 * @param seed       master seed of the run; every random draw derives from it (default 1)
 * @param threads    rollout threads, 0 = all available cores (default 0)
 * @param env        the environment
 * @param network    the spiking controller
 * @param trainer    the learning algorithm
 * @param eval       periodic evaluation of the mean parameters
 * @param checkpoint checkpoint cadence
 * @param cluster    where the rollouts run: local threads (default) or a Hazelcast cluster
 */
public record ExperimentConfig(String name, long seed, int threads, Env env, Network network, Trainer trainer,
                               Eval eval, Checkpoint checkpoint, Cluster cluster) {

    public ExperimentConfig {
        required("name", name);
        if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("name: got '" + name + "', expected 1-64 characters of A-Z a-z 0-9 . _ -");
        }
        intRange("threads", threads, 0, 1024);
        required("env", env);
        required("network", network);
        required("trainer", trainer);
        required("eval", eval);
        required("checkpoint", checkpoint);
        required("cluster", cluster);
    }

    /**
     * @param id        registered env id (e.g. {@code Ant-v1}, {@code Hexapod-v1}, {@code PatternMemory-v1})
     * @param robot     optional MJCF/URDF file replacing the env's robot (null = the env's own)
     * @param maxSteps  episode time limit in env steps (default 1000 = 50 s at 0.05 s per step)
     * @param physics   physics preset: {@code default} (the sim's measured default) or {@code anchor}
     *                  (1/240 s, 10 solver iterations, like the native Bullet anchor)
     * @param noiseSigma    temporal tasks: Gaussian input-current noise σ, ≥ 0 (default 0)
     * @param spuriousRate  temporal tasks: probability of a spurious input spike per channel and step, in [0, 1]
     *                      (default 0)
     * @param trainConditions locomotion: a condition-grid file, or the name of one in {@code assets/conditions/},
     *                      whose conditions the training episodes are drawn from, one per episode by its seed
     *                      (domain randomisation, {@code ConditionMixture}); null (default) = nominal only
     */
    public record Env(String id, String robot, int maxSteps, PhysicsPreset physics, double noiseSigma,
                      double spuriousRate, String trainConditions) {
        public Env {
            required("id", id);
            intRange("max_steps", maxSteps, 1, 1_000_000);
            required("physics", physics);
            nonNegative("noise_sigma", noiseSigma);
            Checks.inRange("spurious_rate", spuriousRate, 0, 1);
        }
    }

    /**
     * @param preset network preset name in {@code assets/networks/} (e.g. {@code ant-snn}) or a file path
     * @param rule   plasticity rule overriding the preset's (e.g. {@code nm-bcm}, {@code hebbian}, {@code none});
     *               null = the preset's rule
     */
    public record Network(String preset, String rule) {
        public Network {
            required("preset", preset);
        }
    }

    /**
     * @param type                  {@code es}, {@code bptt} or {@code hybrid}
     * @param strategy              ES strategy id from the trainer's {@code Strategies} registry: {@code open_es}
     *                              (OpenAI-ES with Adam) or {@code pgpe} (PGPE with ClipUp)
     * @param generations           number of generations (updates), ≥ 1
     * @param population            episodes per generation; even (antithetic pairs), 2..100000
     * @param sigma                 perturbation standard deviation in parameter units, > 0 (default 0.05)
     * @param learningRate          step size of the strategy's optimiser (Adam for open_es, ClipUp for pgpe), > 0
     * @param weightDecay           L2 weight decay coefficient, ≥ 0 (open_es only)
     * @param fitness               {@code distance} (metres walked, the default) or {@code return}
     * @param episodesPerCandidate  episodes averaged per candidate, ≥ 1
     * @param timeBudgetMinutes     stop after this much wall time (minutes, counted across resumes), ≥ 0;
     *                              0 = no budget (default 30; es only)
     * @param hybridMode            hybrid trainer: {@code combined} (ES + BPTT directions), {@code guided} (Guided ES)
     *                              or {@code es} (its pure-ES baseline); default combined
     * @param hybridBeta            hybrid combined: weight β of the unit ES direction against the unit gradient, in
     *                              [0, 1] (default 0.5; 1 = pure ES, 0 = pure gradient)
     * @param hybridAlpha           hybrid guided: isotropic share a of the sampling covariance, in (0, 1] (default 0.5)
     * @param hybridGradientEpisodes  hybrid trainer on a locomotion env: Gaussian-exploration episodes per policy
     *                                gradient, 2..10000 (the advantage baseline is their mean; default 4)
     * @param hybridGradientSteps     hybrid, locomotion: length cap of an exploration episode in env steps,
     *                                1..1000000 (default 200 = 10 s)
     * @param hybridExplorationSigma  hybrid, locomotion: σ_e of the exploration a = μ + σ_e ε in action units, > 0
     *                                (default 0.1)
     * @param hybridDiscount          hybrid, locomotion: discount γ of the reward-to-go, in [0, 1] (default 0.99)
     */
    public record Trainer(TrainerKind type, String strategy, int generations, int population, double sigma,
                          double learningRate, double weightDecay, FitnessKind fitness, int episodesPerCandidate,
                          double timeBudgetMinutes, HybridMode hybridMode, double hybridBeta, double hybridAlpha,
                          int hybridGradientEpisodes,
                          int hybridGradientSteps, double hybridExplorationSigma, double hybridDiscount) {
        public Trainer {
            required("type", type);
            required("strategy", strategy);
            intRange("generations", generations, 1, 10_000_000);
            intRange("population", population, 2, 100_000);
            if (population % 2 != 0) {
                throw new IllegalArgumentException("population: got " + population + ", expected an even number (antithetic pairs)");
            }
            positive("sigma", sigma);
            positive("learning_rate", learningRate);
            nonNegative("weight_decay", weightDecay);
            required("fitness", fitness);
            intRange("episodes_per_candidate", episodesPerCandidate, 1, 1000);
            nonNegative("time_budget_minutes", timeBudgetMinutes);
            required("hybrid_mode", hybridMode);
            Checks.inRange("hybrid_beta", hybridBeta, 0, 1);
            if (!(hybridAlpha > 0 && hybridAlpha <= 1)) {
                throw new IllegalArgumentException("hybrid_alpha: got " + hybridAlpha + ", expected a finite number in (0, 1]");
            }
            intRange("hybrid_gradient_episodes", hybridGradientEpisodes, 2, 10_000);
            intRange("hybrid_gradient_steps", hybridGradientSteps, 1, 1_000_000);
            positive("hybrid_exploration_sigma", hybridExplorationSigma);
            Checks.inRange("hybrid_discount", hybridDiscount, 0, 1);
        }
    }

    /**
     * @param every    evaluate the mean parameters every this many generations, ≥ 1
     * @param episodes evaluation episodes (fixed seeds), ≥ 1
     */
    public record Eval(int every, int episodes) {
        public Eval {
            intRange("every", every, 1, 1_000_000);
            intRange("episodes", episodes, 1, 10_000);
        }
    }

    /**
     * @param every write a checkpoint every this many generations, ≥ 1
     * @param keep  keep the last this many checkpoints (plus the best), ≥ 1
     */
    public record Checkpoint(int every, int keep) {
        public Checkpoint {
            intRange("every", every, 1, 1_000_000);
            intRange("keep", keep, 1, 1000);
        }
    }

    /**
     * Cluster mode (es trainer): the rollouts of each generation run on every member's threads, this process's
     * {@code threads} included. Results are bit-identical to local mode; the address and name do not change
     * them.
     *
     * @param address        {@code HOST:PORT} of a member to join ({@code propamine worker --join ...}); null =
     *                       local threads only, nothing networked is started (default null)
     * @param name           cluster name; members with another name are not admitted (default propamine)
     * @param bind           this process's interface address (default 127.0.0.1: this machine only)
     * @param port           first port this member tries, the next free of port..port+99 is used (default 5701)
     * @param timeoutSeconds give up joining after this many seconds, 1..3600 (default 15)
     */
    public record Cluster(String address, String name, String bind, int port, int timeoutSeconds) {
        public Cluster {
            if (address != null && !address.matches("[^:\\s]+:[0-9]{1,5}")) {
                throw new IllegalArgumentException("address: got '" + address + "', expected HOST:PORT (e.g. 127.0.0.1:5701) or null");
            }
            required("name", name);
            if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException("name: got '" + name + "', expected 1-64 characters of A-Z a-z 0-9 . _ -");
            }
            required("bind", bind);
            intRange("port", port, 1, 65535);
            intRange("timeout_seconds", timeoutSeconds, 1, 3600);
        }
    }

    /** Physics settings preset. */
    public enum PhysicsPreset {
        DEFAULT, ANCHOR;

        @Override
        public String toString() {
            return name().toLowerCase();
        }
    }

    /** Which trainer runs the experiment. */
    public enum TrainerKind {
        ES, BPTT, HYBRID;

        @Override
        public String toString() {
            return name().toLowerCase();
        }
    }

}
