package org.propamine.trainer.es;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Hyper-parameters of one strategy; each variant names itself in the {@link Strategies} registry, which
 * also maps it to JSON ({@code {"type": "open_es"|"pgpe", ...}}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public sealed interface StrategyConfig permits OpenEsConfig, PgpeConfig {

    /** Antithetic pairs per generation (population = 2 × pairs). */
    int pairs();

    /** The strategy these parameters configure, sampling from {@code noise} with run seed {@code seed}. */
    EvolutionStrategy build(NoiseTable noise, long seed);
}
