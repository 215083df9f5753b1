package org.propamine.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.trainer.es.Strategies;

class TrainerConfigJsonTest {

    @Test
    void roundTripsEveryStrategy() {
        for (String id : Strategies.ids()) {
            TrainerConfig c = TrainerConfig.defaults().withStrategy(Strategies.defaults(id));
            String json = TrainerConfigJson.write(c);
            assertTrue(json.contains("\"type\" : \"" + id + "\""), json);
            TrainerConfig back = TrainerConfigJson.read(json, "run/config.json");
            assertEquals(c, back);
            assertEquals(json, TrainerConfigJson.write(back));
        }
        assertTrue(Double.isNaN(TrainerConfigJson.read(TrainerConfigJson.write(TrainerConfig.defaults()), "x").stop().targetFitness()));
    }

    @Test
    void badConfigIsOneLineNamingSourceAndField() {
        String json = TrainerConfigJson.write(TrainerConfig.defaults()).replace("\"pairs\" : 32", "\"pairs\" : 0");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainerConfigJson.read(json, "run/config.json"));
        assertTrue(e.getMessage().startsWith("run/config.json:"), e.getMessage());
        assertTrue(e.getMessage().contains("open_es.pairs must be >= 1"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        String unknown = TrainerConfigJson.write(TrainerConfig.defaults()).replace("\"type\" : \"open_es\"", "\"type\" : \"cma\"");
        e = assertThrows(IllegalArgumentException.class, () -> TrainerConfigJson.read(unknown, "c.json"));
        assertTrue(e.getMessage().contains("cma") && !e.getMessage().contains("\n"), e.getMessage());
    }
}
