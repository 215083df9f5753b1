package org.propamine.cli.train;

import java.io.Serializable;
import java.util.function.Supplier;
import org.propamine.agent.Policy;
import org.propamine.cli.config.ConfigLoader;
import org.propamine.envs.Env;
import org.propamine.trainer.rollout.RolloutSetup;

/**
 * An experiment's env and controller factories as the text of its resolved config (the run's
 * {@code config.yaml}): what a cluster member receives once per run and rebuilds {@link ExperimentParts} from,
 * through the same registries and with the same seed as the trainer. Files the config names (a {@code .json}
 * network preset, an {@code env.robot} file) must exist at the same path on every machine.
 */
public final class ExperimentSetup implements RolloutSetup, Serializable {
    private static final long serialVersionUID = 1L;

    private final String yaml;
    private transient volatile ExperimentParts parts;

    /** A setup from a resolved config's YAML, with its parts already built (the trainer's side). */
    public ExperimentSetup(String yaml, ExperimentParts parts) {
        this.yaml = yaml;
        this.parts = parts;
    }

    private ExperimentParts parts() {
        ExperimentParts p = parts;
        if (p == null) {
            synchronized (this) {
                p = parts;
                if (p == null) parts = p = ExperimentParts.of(ConfigLoader.fromYaml("the trainer's config", yaml));
            }
        }
        return p;
    }

    @Override
    public Supplier<Env> envs() {
        return parts().envs();
    }

    @Override
    public Supplier<Policy> policies() {
        return parts().policies();
    }
}
