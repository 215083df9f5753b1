package org.propamine.trainer.rollout;

import java.io.Serializable;
import java.util.function.Supplier;
import org.propamine.agent.Policy;
import org.propamine.envs.Env;

/**
 * How a member builds the envs and policies of a run: the resolved experiment (env, robot, physics, network,
 * seed), as a small serialisable description sent once per run to every cluster member, which builds one env
 * and one policy per rollout thread from it. Implementations must give every member the same envs and the
 * same initial policies (they are records of config text or ids, never of live objects).
 */
public interface RolloutSetup extends Serializable {

    /** A factory of fresh envs (one per rollout thread). */
    Supplier<Env> envs();

    /** A factory of fresh policies (one per rollout thread), all with the same parameter count. */
    Supplier<Policy> policies();

    /**
     * A setup over in-process factories, for local pools only (lambdas do not travel to other JVMs).
     */
    static RolloutSetup local(Supplier<Env> envs, Supplier<Policy> policies) {
        return new RolloutSetup() {
            @Override
            public Supplier<Env> envs() {
                return envs;
            }

            @Override
            public Supplier<Policy> policies() {
                return policies;
            }
        };
    }
}
