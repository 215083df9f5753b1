package org.propamine.render.playback;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.propamine.envs.Env;
import org.propamine.envs.Envs;
import org.propamine.envs.Wrappers;
import org.propamine.envs.gait.ScriptedGait;
import org.propamine.envs.locomotion.LocomotionEnv;
import org.propamine.envs.wrappers.MotorStrength;
import org.propamine.render.view.OffscreenRenderer;

/** The Ant-v1 env under the envs module's scripted gait, played and rendered headless like `play --demo`. */
class EnvPlaybackSourceTest {

    @Test
    void followCameraKeepsTheAntInFrameAfter10SecondsOfTheScriptedGait() {
        try (Env env = Envs.make("Ant-v1");
             OffscreenRenderer renderer = new OffscreenRenderer(320, 240, 0, System.out::println)) {
            LocomotionEnv ant = Wrappers.require(env, LocomotionEnv.class);
            ScriptedGait gait = ScriptedGait.of(ant.world().description());
            EnvPlaybackSource source = new EnvPlaybackSource(env, EnvPlaybackSource.Actor.of(gait), null, 11,
                    "Ant-v1 / scripted gait", 1.5);
            PlaybackDriver driver = new PlaybackDriver(source);
            for (int frame = 0; frame < 300; frame++) { // 10 s at 30 frames/s
                driver.advance(1.0 / 30);
            }
            assertEquals(10.0, driver.hud().time, 1e-9, "no episode restart within 10 s");
            System.out.printf("scripted gait: %.2f m in 10 s, reward %.1f%n", driver.hud().distance, driver.hud().reward);
            RobotPixels robot = RobotPixels.of(renderer.render(source.scene(), driver.camera(), null));
            assertTrue(robot.count() > 0.01 * 320 * 240, "ant not in view after 10 s: " + robot.count() + " px");
            assertEquals(160, robot.x(), 50, "centroid x");
            assertEquals(120, robot.y(), 50, "centroid y");
        }
    }

    @Test
    void damageSwitchesLegZeroMotorsOffAndPushShowsInTheHud() {
        try (Env env = Envs.make("Ant-v1")) {
            LocomotionEnv ant = Wrappers.require(env, LocomotionEnv.class);
            EnvPlaybackSource source = new EnvPlaybackSource(env,
                    EnvPlaybackSource.Actor.of(ScriptedGait.of(ant.world().description())), null, 5, "ant", 1.5);
            assertEquals(2, source.damagedActuators().length, "an ant leg has a hip and an ankle actuator");
            PlaybackDriver driver = new PlaybackDriver(source);
            assertTrue(driver.perturb(Perturbation.TOGGLE_LEG_DAMAGE));
            assertTrue(driver.perturb(Perturbation.PUSH));
            assertEquals("leg 0 damaged, push", driver.hud().perturbations.toString());
            driver.advance(2.0); // 16 steps (per-frame cap) = 0.8 s: the push label is still shown
            assertEquals("leg 0 damaged, push", driver.hud().perturbations.toString());
            for (int i = 0; i < 4; i++) {
                driver.advance(0.8);
            }
            assertEquals("leg 0 damaged", driver.hud().perturbations.toString(), "push label expires after 1 s");
            assertTrue(driver.perturb(Perturbation.TOGGLE_LEG_DAMAGE));
            assertEquals("", driver.hud().perturbations.toString());
        }
    }

    /**
     * Regression: a wrapper that sets motor strengths on reset (here MotorStrength 1.0, as an eval condition does)
     * used to undo the viewer's leg damage at the next episode. Damaged-then-reset must replay exactly like an
     * episode damaged from its start, and differ from an undamaged one.
     */
    @Test
    void legDamageSurvivesAResetThroughAMotorStrengthWrapper() {
        double damagedThenReset = rootXAfter(true, true);
        assertEquals(rootXAfter(true, false), damagedThenReset, 0.0, "same seed, same damage: bit-identical");
        assertNotEquals(rootXAfter(false, false), damagedThenReset, "leg damage changes the gait");
    }

    /** Root x after 1 s of the scripted gait on Ant-v1 under MotorStrength(1.0), seed 5. */
    private static double rootXAfter(boolean damage, boolean resetAfterDamage) {
        try (Env env = new MotorStrength(Envs.make("Ant-v1"), 1.0)) {
            LocomotionEnv ant = Wrappers.require(env, LocomotionEnv.class);
            EnvPlaybackSource source = new EnvPlaybackSource(env,
                    EnvPlaybackSource.Actor.of(ScriptedGait.of(ant.world().description())), null, 5, "ant", 1.5);
            if (damage) {
                assertTrue(source.perturb(Perturbation.TOGGLE_LEG_DAMAGE));
            }
            if (resetAfterDamage) {
                source.reset();
            }
            for (int i = 0; i < 20; i++) {
                source.step();
            }
            return ant.state().basePosition[0];
        }
    }
}
