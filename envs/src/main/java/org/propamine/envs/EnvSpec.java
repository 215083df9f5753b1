package org.propamine.envs;

import java.util.function.Function;

/**
 * A registered environment (Gymnasium {@code EnvSpec}): a versioned id, the episode length the registry's
 * {@code TimeLimit} enforces, and a factory of the raw (unwrapped) env.
 *
 * @param id              versioned id such as {@code Ant-v1}; bump the version on any change to observation,
 *                        reward or termination
 * @param maxEpisodeSteps env steps before {@code truncated} (0 = no time limit)
 * @param factory         builds the raw env from the options
 * @param summary         one line for listings
 */
public record EnvSpec(String id, int maxEpisodeSteps, Function<EnvOptions, Env> factory, String summary) {

    public EnvSpec {
        if (id == null || !id.matches("[A-Za-z0-9_]+-v\\d+")) throw new IllegalArgumentException("env id '" + id + "', expected Name-vN");
        if (maxEpisodeSteps < 0) throw new IllegalArgumentException(id + ": max episode steps = " + maxEpisodeSteps + ", expected >= 0");
        if (factory == null) throw new IllegalArgumentException(id + ": no factory");
    }
}
