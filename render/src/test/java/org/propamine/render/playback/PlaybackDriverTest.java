package org.propamine.render.playback;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Timing and command logic of the driver, without any GL. */
class PlaybackDriverTest {

    @Test
    void wallTimeMapsToStepsAtTheChosenSpeed() {
        CountingSource source = new CountingSource(1);
        PlaybackDriver driver = new PlaybackDriver(source);
        // 0.1 s at x1 with 0.05 s steps = 2 steps
        assertEquals(2, driver.advance(0.1));
        // x2: 0.1 s -> 0.2 s of sim time = 4 steps
        driver.changeSpeed(+1);
        assertEquals(2.0, driver.speed());
        assertEquals(4, driver.advance(0.1));
        // fractional time carries over: 0.03 s at x1 -> 0 steps, then another 0.03 s -> 1 step (0.06 >= 0.05)
        driver.changeSpeed(-1);
        assertEquals(0, driver.advance(0.03));
        assertEquals(1, driver.advance(0.03));
        assertEquals(7, source.steps);
        assertEquals(0.35, driver.hud().time, 1e-12);
    }

    @Test
    void speedLadderClampsAtQuarterAndFour() {
        PlaybackDriver driver = new PlaybackDriver(new CountingSource(1));
        for (int i = 0; i < 10; i++) {
            driver.changeSpeed(-1);
        }
        assertEquals(0.25, driver.speed());
        assertEquals(0.25, driver.hud().playbackSpeed);
        for (int i = 0; i < 10; i++) {
            driver.changeSpeed(+1);
        }
        assertEquals(4.0, driver.speed());
        // x4 for 0.5 s = 2 s = 40 steps, capped at 16 per frame
        assertEquals(PlaybackDriver.MAX_STEPS_PER_FRAME, driver.advance(0.5));
    }

    @Test
    void pauseStopsTimeAndSingleStepAdvancesExactlyOne() {
        CountingSource source = new CountingSource(1);
        PlaybackDriver driver = new PlaybackDriver(source);
        driver.togglePause();
        assertTrue(driver.hud().paused);
        assertEquals(0, driver.advance(1.0));
        driver.singleStep();
        driver.singleStep();
        assertEquals(2, driver.advance(0.0));
        assertEquals(0, driver.advance(1.0));
        driver.togglePause();
        assertEquals(1, driver.advance(0.05));
        assertEquals(3, source.steps);
    }

    @Test
    void resetAndPerturbationsReachTheSource() {
        CountingSource source = new CountingSource(1);
        PlaybackDriver driver = new PlaybackDriver(source);
        driver.advance(0.2);
        driver.reset();
        assertEquals(1, source.resets);
        assertEquals(0, source.steps);
        assertEquals(0.0, driver.hud().time);
        assertTrue(driver.perturb(Perturbation.PUSH));
        assertEquals("push", driver.hud().perturbations.toString());
        assertFalse(driver.perturb(Perturbation.TOGGLE_LEG_DAMAGE), "unsupported perturbation reports false");
    }

    @Test
    void cameraFollowsTheWalkingRobot() {
        CountingSource source = new CountingSource(1);
        PlaybackDriver driver = new PlaybackDriver(source);
        for (int f = 0; f < 300; f++) { // 10 s at 30 frames/s
            driver.advance(1.0 / 30);
        }
        // robot at x = 1 m/s * 10 s = 10 m (200 steps); steady-state lag of the follow camera = v*tau = 0.4 m
        assertEquals(200, source.steps);
        assertEquals(10.0 - 0.4, driver.camera().targetX(), 0.05);
    }
}
