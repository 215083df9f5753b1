package org.propamine.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, yaml);
        return p;
    }

    private String error(String config, String... sets) {
        var e = assertThrows(ConfigException.class, () -> ConfigLoader.load(config, List.of(sets)));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void defaultConfigTrainsTheNmBcmSnnOnAnt() {
        ExperimentConfig c = ConfigLoader.load(null, List.of()).config();
        assertEquals("Ant-v1", c.env().id());
        assertEquals("nm-bcm", c.network().rule());
        assertEquals(ExperimentConfig.TrainerKind.ES, c.trainer().type());
        assertEquals("open_es", c.trainer().strategy());
        assertEquals(org.propamine.trainer.rollout.FitnessKind.DISTANCE, c.trainer().fitness());
    }

    @Test
    void hexapodConfigPairsHexapodV1WithANetworkOfItsShape() {
        ExperimentConfig h = ConfigLoader.load("hexapod", List.of()).config();
        assertEquals("Hexapod-v1", h.env().id());
        assertEquals("hexapod-snn", h.network().preset());
        assertEquals("nm-bcm", h.network().rule());
        assertEquals(ConfigLoader.load(null, List.of()).config().trainer(), h.trainer());
        var spec = org.propamine.agent.spec.NetworkSpecs.preset(h.network().preset());
        try (var env = org.propamine.envs.Envs.make(h.env().id())) {
            assertEquals(2 * env.observationSpace().size(), spec.inputs(), "± split of every observation");
            assertEquals(env.actionSpace().size(), spec.readout().out(), "one readout per motor");
        }
    }

    @Test
    void namedConfigsLayerOnTheDefault() {
        ExperimentConfig s = ConfigLoader.load("ant-static", List.of()).config();
        assertEquals("none", s.network().rule());
        assertEquals("ant-snn-static", s.network().preset());
        assertEquals(ConfigLoader.load(null, List.of()).config().trainer(), s.trainer());
        ExperimentConfig q = ConfigLoader.load("quick", List.of()).config();
        assertEquals(4, q.trainer().population());
    }

    @Test
    void overridesApplyInOrderAndAreInTheResolvedYaml() {
        var r = ConfigLoader.load("quick", List.of("trainer.sigma=0.1", "trainer.sigma=0.2", "trainer.strategy=pgpe"));
        assertEquals(0.2, r.config().trainer().sigma());
        assertEquals("pgpe", r.config().trainer().strategy());
        assertTrue(r.yaml().contains("sigma: 0.2"), r.yaml());
        // the resolved YAML loads back to the same config
        Path saved;
        try {
            saved = write("resolved.yaml", r.yaml());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertEquals(r.config(), ConfigLoader.load(saved.toString(), List.of()).config());
    }

    @Test
    void badSetValueNamesTheOverrideFieldAndExpectation() {
        assertEquals("--set trainer.sigma=abc: field trainer.sigma: got 'abc', expected a number",
                error(null, "trainer.sigma=abc"));
        assertEquals("--set trainer.population=3.5: field trainer.population: got 3.5, expected an integer",
                error(null, "trainer.population=3.5"));
        assertEquals("--set trainer.strategy=cma: field trainer.strategy: got 'cma', expected one of open_es, pgpe",
                error(null, "trainer.strategy=cma"));
        assertEquals("--set trainer.fitness=speed: field trainer.fitness: got 'speed', expected one of return, distance",
                error(null, "trainer.fitness=speed"));
        assertEquals("--set trainer.population=7: field trainer.population: got 7, expected an even number (antithetic pairs)",
                error(null, "trainer.population=7"));
    }

    @Test
    void unknownFieldInAFileNamesTheFileAndTheKnownFields() throws Exception {
        Path f = write("typo.yaml", "trainer:\n  sigmaa: 0.1\n");
        String msg = error(f.toString());
        assertTrue(msg.startsWith(f + ": field trainer.sigmaa: unknown field, expected one of "), msg);
        assertTrue(msg.contains("sigma") && msg.contains("learning_rate"), msg);
        assertTrue(error(null, "bogus=1").startsWith("--set bogus=1: field bogus: unknown field"));
    }

    @Test
    void nanAndNegativeValuesAreRefusedWithTheirField() throws Exception {
        Path f = write("nan.yaml", "trainer:\n  sigma: .nan\n");
        assertEquals(f + ": field trainer.sigma: got .nan, expected a finite number", error(f.toString()));
        Path n = write("nan2.yaml", "trainer:\n  sigma: NaN\n");
        assertEquals(n + ": field trainer.sigma: got NaN, expected a finite number > 0", error(n.toString()));
        Path g = write("neg.yaml", "trainer:\n  weight_decay: -1\n");
        assertEquals(g + ": field trainer.weight_decay: got -1.0, expected a finite number >= 0", error(g.toString()));
        Path h = write("steps.yaml", "env:\n  max_steps: 0\n");
        assertEquals(h + ": field env.max_steps: got 0, expected an integer in [1, 1000000]", error(h.toString()));
    }

    @Test
    void wrongShapesAreNamed() throws Exception {
        Path f = write("shape.yaml", "trainer: 5\n");
        assertEquals(f + ": field trainer: got 5, expected a section", error(f.toString()));
        Path g = write("list.yaml", "env:\n  id: [a, b]\n");
        assertEquals(g + ": field env.id: got a list, expected text", error(g.toString()));
    }

    @Test
    void unknownRuleIsRefusedByTheRulesRegistryNames() {
        String msg = error(null, "network.rule=nm-foo");
        assertTrue(msg.startsWith("--set network.rule=nm-foo: field network.rule: got 'nm-foo', expected one of none, hebbian,"), msg);
        assertEquals("hebbian", ConfigLoader.load(null, List.of("network.rule=hebbian")).config().network().rule());
    }

    @Test
    void missingConfigIsNamed() {
        assertEquals("no/such.yaml: config not found (neither a file nor a name in assets/configs/)",
                error("no/such.yaml"));
        assertEquals("nosuch: config not found (neither a file nor a name in assets/configs/)", error("nosuch"));
    }

    @Test
    void malformedYamlFileNamesLine() throws Exception {
        Path f = write("broken.yaml", "trainer:\n  sigma: [0.1\n");
        String msg = error(f.toString());
        assertTrue(msg.startsWith(f + ":"), msg);
        assertTrue(msg.contains("malformed YAML"), msg);
    }
}
