package org.propamine.trainer.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void mixIsSplitMix64Finaliser() {
        // SplitMix64 from state 0: the first output is mix(0 + γ) = 0xE220A8397B1DCDAF (Steele et al. 2014)
        assertEquals(0xE220A8397B1DCDAFL, Seeds.mix(0x9E3779B97F4A7C15L));
    }

    @Test
    void childSeedsAreDeterministicAndDistinct() {
        assertEquals(Seeds.episode(7, 3, 2, 1), Seeds.episode(7, 3, 2, 1));
        Set<Long> seen = new HashSet<>();
        for (int g = 0; g < 20; g++) {
            for (int m = 0; m < 50; m++) {
                for (int e = 0; e < 5; e++) seen.add(Seeds.episode(7, g, m, e));
            }
            seen.add(Seeds.ask(7, g));
            seen.add(Seeds.evaluation(7, g));
        }
        assertEquals(20 * 50 * 5 + 20 + 20, seen.size());
        assertNotEquals(Seeds.episode(7, 0, 0, 0), Seeds.episode(8, 0, 0, 0));
        assertNotEquals(Seeds.episode(7, 1, 0, 0), Seeds.episode(7, 0, 1, 0));
    }
}
