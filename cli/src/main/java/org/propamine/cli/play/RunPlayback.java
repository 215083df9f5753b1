package org.propamine.cli.play;

import org.propamine.agent.Policy;
import org.propamine.envs.Env;
import org.propamine.render.playback.EnvPlaybackSource;
import org.propamine.trainer.es.Seeds;

/**
 * Playback of a trained controller in its (possibly perturbed) env, shared by {@code play RUN} and
 * {@code eval --record-worst}: the render module's {@link EnvPlaybackSource} driven by the policy, reset with the
 * trainer's policy seed {@code Seeds.policy(episodeSeed)} (so an episode replays exactly as evaluated), with the
 * {@link SnnActivity} overlays when the policy is a spiking controller. Push = 1.5 N·s along +y on the root;
 * leg damage switches leg 0's motors off and on.
 */
public final class RunPlayback {

    /** Push impulse of the viewer's push key (N·s; ant ≈ 0.9 kg: ≈ 1.7 m/s). */
    public static final double PUSH_IMPULSE = 1.5;

    private RunPlayback() {
    }

    /** A playback of {@code env} (any wrapper stack around a locomotion env) under {@code policy}. */
    public static EnvPlaybackSource of(Env env, Policy policy, long episodeSeed, String title) {
        return new EnvPlaybackSource(env, EnvPlaybackSource.Actor.of(policy, Seeds::policy), SnnActivity.of(policy),
                episodeSeed, title, PUSH_IMPULSE);
    }
}
