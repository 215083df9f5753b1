package org.propamine.envs.locomotion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.propamine.sim.RobotFiles;

/** Leg membership read from the link tree of the shipped robots. */
class LegsTest {

    @Test
    void antHasFourLegsOfHipAndAnkle() {
        Legs legs = Legs.of(RobotFiles.load("ant"));
        assertEquals(List.of("thigh1", "thigh2", "thigh3", "thigh4"), legs.names());
        // hinge order in ant.xml: hip_1, ankle_1, hip_2, ankle_2, ...
        for (int l = 0; l < 4; l++) assertArrayEquals(new int[] {2 * l, 2 * l + 1}, legs.jointsOf(l));
        assertEquals(3, legs.legOf(7));
        assertThrows(IllegalArgumentException.class, () -> legs.jointsOf(4));
        // links: torso 0, then hip, thigh, shin per leg: the feet are the shins 3, 6, 9, 12
        for (int l = 0; l < 4; l++) assertArrayEquals(new int[] {3 * l + 3}, legs.feetOf(l));
        assertThrows(IllegalArgumentException.class, () -> legs.feetOf(-1));
    }

    @Test
    void hexapodHasSixLegsAndDamagedAntThree() {
        Legs hex = Legs.of(RobotFiles.load("hexapod"));
        assertEquals(6, hex.count());
        for (int l = 0; l < 6; l++) assertEquals(1, hex.feetOf(l).length);
        assertEquals(3, Legs.of(RobotFiles.load("ant_three_legs")).count());
    }
}
