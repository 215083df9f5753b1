package org.propamine.envs.conditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.propamine.envs.Env;
import org.propamine.envs.EnvOptions;
import org.propamine.envs.StepResult;
import org.propamine.envs.Wrappers;
import org.propamine.envs.wrappers.GravityScale;
import org.propamine.envs.wrappers.LegDamage;

/** The grid loader: the shipped default grid, and one clear FILE:LINE error per kind of mistake. */
class ConditionGridTest {

    @Test
    void defaultGridHasTheRequiredConditionsAndEveryOneBuildsAndSteps() {
        ConditionGrid grid = ConditionGrid.loadDefault();
        List<String> names = grid.names();
        for (String required : List.of("nominal", "disable_leg_0", "disable_leg_1", "disable_leg_2", "disable_leg_3",
                "lock_leg_0", "short_leg_0", "friction_x0.5", "friction_x2", "gravity_x0.8", "gravity_x1.2", "mass_x1.5",
                "motor_x0.7", "sensor_noise_0.05", "sensor_noise_0.1", "action_noise_0.1", "push_0.5Ns_every_2s",
                "disable_leg_0_at_10s", "short_leg_0_at_10s")) {
            assertTrue(names.contains(required), required + " missing from " + names);
        }
        double[] zero = new double[8];
        for (Condition c : grid.conditions()) {
            try (Env env = Conditions.make("Ant-v1", EnvOptions.defaults(), c)) {
                StepResult r = env.reset(3);
                for (int t = 0; t < 3; t++) r = env.step(zero);
                assertTrue(Double.isFinite(r.reward()), c.name());
            }
        }
    }

    @Test
    void shortLegIsALegDamageWrapperAndGravityWraps() {
        ConditionGrid grid = ConditionGrid.loadDefault();
        for (String name : List.of("short_leg_0", "short_leg_0_at_10s")) {
            try (Env env = Conditions.make("Ant-v1", EnvOptions.defaults(), grid.get(name))) {
                assertTrue(Wrappers.find(env, LegDamage.class).isPresent(), name);
                assertEquals(name.equals("short_leg_0") ? 1 : 0, env.reset(1).info().get(LegDamage.ACTIVE), name);
            }
        }
        try (Env env = Conditions.make("Ant-v1", EnvOptions.defaults(), grid.get("gravity_x1.2"))) {
            assertEquals(1.2, Wrappers.require(env, GravityScale.class).scale());
            assertEquals(1.2, env.reset(1).info().get(GravityScale.KEY));
        }
        try (Env env = Conditions.make("Ant-v1", EnvOptions.defaults(), grid.get("disable_leg_0_at_10s"))) {
            assertTrue(Wrappers.find(env, LegDamage.class).isPresent());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "conditions:\\n  - name: a\\n  - name: a\\n| g.yaml:3: duplicate condition name 'a'",
        "conditions:\\n  - name: a\\n    wrappers:\\n      - type: GravityScal\\n| g.yaml:4: wrapper type 'GravityScal' is unknown",
        "conditions:\\n  - name: a\\n    wrappers:\\n      - type: GravityScale\\n        args: {scale: big}\\n| g.yaml:5: GravityScale.scale = big, expected a number",
        "conditions:\\n  - name: a\\n    wrappers:\\n      - type: GravityScale\\n        args: {scael: 1}\\n| g.yaml:5: GravityScale has no argument 'scael'",
        "conditions:\\n  - name: a\\n    wrappers:\\n      - type: RandomPush\\n        args: {impulse: 1}\\n| g.yaml:4: RandomPush needs argument 'every'",
        "conditions:\\n  - name: a\\n    wrappers:\\n      - type: LegDamage\\n        args: {mode: CUT, leg: 0}\\n| g.yaml:5: LegDamage.mode = CUT, expected one of [DISABLE, LOCK, SHORTEN]",
        "conditions:\\n  - name: a\\n    colour: red\\n| g.yaml:3: unknown condition field 'colour'",
        "conditions: []\\n| g.yaml:1: 'conditions' must be a non-empty list",
        "conditions:\\n  - name: [a\\n| g.yaml:2: malformed YAML",
    })
    void errorsNameFileLineAndField(String text, String expected) {
        ConditionFileException e = assertThrows(ConditionFileException.class,
                () -> ConditionGrid.parse(text.replace("\\n", "\n"), "g.yaml"));
        assertTrue(e.getMessage().startsWith(expected) && !e.getMessage().contains("\n"), e.getMessage());
    }

    /** Regression: a syntax error said only what the parser was doing ("while parsing a flow sequence"), not what was wrong. */
    @Test
    void malformedYamlNamesTheProblem() {
        ConditionFileException open = assertThrows(ConditionFileException.class,
                () -> ConditionGrid.parse("conditions:\n  - name: [a\n", "g.yaml"));
        assertEquals("g.yaml:2: malformed YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence)",
                open.getMessage());
        ConditionFileException tab = assertThrows(ConditionFileException.class,
                () -> ConditionGrid.parse("conditions:\n  - name: a\n\t  b: 1\n", "g.yaml"));
        assertTrue(tab.getMessage().startsWith("g.yaml:3: malformed YAML: found character '\\t(TAB)' that cannot start any token"),
                tab.getMessage());
    }

    @Test
    void outOfRangeValuesFailAtApplyWithTheEntryLine() {
        ConditionGrid grid = ConditionGrid.parse("conditions:\n  - name: heavy\n    wrappers:\n      - type: MassScale\n        args: {scale: -2}\n", "g.yaml");
        ConditionFileException e = assertThrows(ConditionFileException.class,
                () -> Conditions.make("Ant-v1", EnvOptions.defaults(), grid.get("heavy")));
        assertTrue(e.getMessage().startsWith("g.yaml:4: condition 'heavy': MassScale.scale = -2.0"), e.getMessage());
    }

    @Test
    void shortenLengthOutOfRangeOrWithAnotherModeIsRefusedWithTheLine() {
        ConditionGrid grid = ConditionGrid.parse("conditions:\n  - name: long\n    wrappers:\n      - type: LegDamage\n        args: {mode: SHORTEN, leg: 2, at: 3, length: 1.5}\n"
                + "  - name: limp\n    wrappers:\n      - type: LegDamage\n        args: {mode: DISABLE, leg: 2, length: 0.3}\n", "g.yaml");
        ConditionFileException e = assertThrows(ConditionFileException.class, () -> Conditions.make("Ant-v1", EnvOptions.defaults(), grid.get("long")));
        assertEquals("g.yaml:4: condition 'long': LegDamage.length = 1.5, expected 0 < length <= 1", e.getMessage());
        e = assertThrows(ConditionFileException.class, () -> Conditions.make("Ant-v1", EnvOptions.defaults(), grid.get("limp")));
        assertEquals("g.yaml:8: condition 'limp': LegDamage.length = 0.3 with mode DISABLE, expected length only with mode SHORTEN", e.getMessage());
    }

    @Test
    void unknownConditionNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConditionGrid.loadDefault().get("moon"));
        assertTrue(e.getMessage().contains("nominal"), e.getMessage());
    }
}
