package org.propamine.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.agent.spec.NetworkSpecs;

class NetworkSpecsTest {
    private static final String GOOD = """
        {"name": "t", "inputs": 4, "substeps": 2, "dt": 0.025,
         "encoding": {"type": "current", "split": true},
         "layers": [
           {"in": 4, "out": 6, "tau_mem": 0.02, "plasticity": {"rule": "nm-bcm", "eta": 0.1}},
           {"in": 6, "out": 5, "plasticity": {"rule": "none"}}],
         "readout": {"type": "leaky", "in": 5, "out": 2, "tau": 0.05}}
        """;

    private static String error(String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkSpecs.parse("bad.json", json));
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void presetsLoad() {
        NetworkSpec ant = NetworkSpecs.preset("ant-snn");
        assertEquals(56, ant.inputs());
        assertEquals(4, ant.substeps());
        assertEquals(0.05, ant.envDt(), 1e-15);
        assertEquals("nm-bcm", ant.layers().get(1).plasticity().rule().name());
        assertEquals("none", NetworkSpecs.preset("ant-snn-static").layers().get(0).plasticity().rule().name());
        assertEquals(2, NetworkSpecs.parse("t.json", GOOD).layers().size());
    }

    @Test
    void postTraceTauDefaultsToTraceTauAndIsReadWhenGiven() {
        NetworkSpec same = NetworkSpecs.parse("t.json", GOOD.replace("\"dt\": 0.025,", "\"dt\": 0.025, \"trace_tau\": 0.05,"));
        assertEquals(0.05, same.traceTau(), 0);
        assertEquals(0.05, same.postTraceTau(), 0);
        NetworkSpec asym = NetworkSpecs.parse("t.json", GOOD.replace("\"dt\": 0.025,", "\"dt\": 0.025, \"trace_tau\": 0.05, \"post_trace_tau\": 0.005,"));
        assertEquals(0.05, asym.traceTau(), 0);
        assertEquals(0.005, asym.postTraceTau(), 0);
        for (String p : new String[] {"ant-snn", "hexapod-snn", "tiny-snn", "point-mass-snn"}) {
            NetworkSpec preset = NetworkSpecs.preset(p);
            assertEquals(preset.traceTau(), preset.postTraceTau(), 0, p + ": shipped presets keep one trace τ");
        }
    }

    @Test
    void aNonPositivePostTraceTauIsOneErrorNamingTheField() {
        assertEquals("bad.json: post_trace_tau = 0.0: expected > 0 s",
                error(GOOD.replace("\"dt\": 0.025,", "\"dt\": 0.025, \"post_trace_tau\": 0.0,")));
        assertEquals("bad.json: post_trace_tau = -0.01: expected > 0 s",
                error(GOOD.replace("\"dt\": 0.025,", "\"dt\": 0.025, \"post_trace_tau\": -0.01,")));
        assertEquals("bad.json: post_trace_tau = \"short\": expected a number",
                error(GOOD.replace("\"dt\": 0.025,", "\"dt\": 0.025, \"post_trace_tau\": \"short\",")));
    }

    @Test
    void badInputNamesFileAndField() {
        assertEquals("bad.json: layers[1].in = 7: expected 6 (layers[0].out)", error(GOOD.replace("\"in\": 6", "\"in\": 7")));
        assertEquals("bad.json: readout.in = 6: expected 5 (layers[1].out)", error(GOOD.replace("\"in\": 5", "\"in\": 6")));
        assertEquals("bad.json: layers[0].in = 4: expected 3 (inputs)", error(GOOD.replace("\"inputs\": 4", "\"inputs\": 3")));
        assertEquals("bad.json: layers[0].tau_mem = -0.01: expected > 0 s", error(GOOD.replace("\"tau_mem\": 0.02", "\"tau_mem\": -0.01")));
        assertEquals("bad.json: layers[0].plasticity.eta = 1.5: expected 0 < eta < 1", error(GOOD.replace("\"eta\": 0.1", "\"eta\": 1.5")));
        assertEquals("bad.json: layers[0].plasticity.eta = 0.0: expected 0 < eta < 1", error(GOOD.replace("\"eta\": 0.1", "\"eta\": 0.0")));
        assertEquals("bad.json: layers[0].plasticity.trace_floor = -0.001: expected a finite value >= 0",
                error(GOOD.replace("\"eta\": 0.1", "\"eta\": 0.1, \"trace_floor\": -0.001")));
        assertTrue(error(GOOD.replace("nm-bcm", "nm-bmc")).startsWith("bad.json: layers[0].plasticity.rule = \"nm-bmc\": expected one of [none, hebbian"));
        assertEquals("bad.json: readout.tau = 0.0: expected > 0 s", error(GOOD.replace("\"tau\": 0.05", "\"tau\": 0.0")));
        assertTrue(error(GOOD.replace("\"tau_mem\"", "\"tau_membrane\"")).startsWith("bad.json: layers[0].tau_membrane: unknown field"));
        assertEquals("bad.json: layers[0].tau_mem = \"fast\": expected a number", error(GOOD.replace("0.02,", "\"fast\",")));
        assertEquals("bad.json: dt = -1.0: expected > 0 s", error(GOOD.replace("\"dt\": 0.025", "\"dt\": -1.0")));
        assertTrue(error(GOOD.replace("\"reset\"", "x").replace("\"tau_mem\": 0.02,", "\"tau_mem\": 0.02, \"reset\": \"soft-ish\","))
                .startsWith("bad.json: layers[0].reset = \"soft-ish\": expected soft or hard"));
        assertTrue(error(GOOD.substring(0, 40)).startsWith("bad.json: line "));
    }

    @Test
    void unknownPresetAndMissingFileAreClear(@TempDir Path dir) throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkSpecs.preset("no-such"));
        assertTrue(e.getMessage().startsWith("unknown network preset 'no-such'"), e.getMessage());
        Path f = dir.resolve("mine.json");
        Files.writeString(f, GOOD.replace("\"substeps\": 2", "\"substeps\": 0"));
        e = assertThrows(IllegalArgumentException.class, () -> NetworkSpecs.load(f));
        assertEquals("mine.json: substeps = 0: expected > 0", e.getMessage());
    }
}
