package org.propamine.envs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.propamine.envs.wrappers.TimeLimit;

/** The registry: every registered env passes {@link EnvChecker}; ids resolve in one place. */
class EnvsTest {

    static Stream<String> ids() {
        return Envs.ids().stream();
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyRegisteredEnvPassesTheChecker(String id) {
        try (Env env = Envs.make(id)) {
            EnvChecker.check(env, 40, true);
        }
    }

    @Test
    void locomotionEnvsAreTimeLimitedTo1000Steps() {
        assertEquals(1000, Envs.spec("Ant-v1").maxEpisodeSteps());
        try (Env env = Envs.make("Ant-v1")) {
            assertEquals(1000, Wrappers.require(env, TimeLimit.class).maxSteps());
        }
    }

    @Test
    void unknownIdListsTheKnownIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Envs.make("Ant-v0"));
        assertTrue(e.getMessage().contains("unknown env id 'Ant-v0'") && e.getMessage().contains("Ant-v1")
                && e.getMessage().contains("Hexapod-v1") && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void duplicateRegistrationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Envs.register(Envs.spec("PointMass-v0")));
    }

    @Test
    void aUserRobotFileIsPassedThrough() {
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> Envs.make("Ant-v1", EnvOptions.defaults().withRobot("no/such/robot.urdf")));
        assertTrue(e.getMessage().contains("no/such/robot.urdf"), e.getMessage());
    }
}
