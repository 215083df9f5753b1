package org.propamine.trainer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.propamine.trainer.es.Strategies;

/**
 * {@link TrainerConfig} ⇄ JSON. Pluggable parts carry a {@code "type"} (strategy ids from {@link Strategies},
 * {@code "adam"}, {@code "exponential"}, ...); unknown fields are errors. NaN is written as the string
 * {@code "NaN"}.
 */
public final class TrainerConfigJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    static {
        MAPPER.registerSubtypes(Strategies.jsonTypes());
    }

    private TrainerConfigJson() {}

    /** The JSON text of {@code config}. */
    public static String write(TrainerConfig config) {
        try {
            return MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write trainer config as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The config in {@code json}; {@code source} names the file (or other origin) in the one-line error.
     */
    public static TrainerConfig read(String json, String source) {
        try {
            return MAPPER.readValue(json, TrainerConfig.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            Throwable cause = e.getCause();
            String msg = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
            throw new IllegalArgumentException(source + where + ": invalid trainer config: " + msg.replace('\n', ' '), e);
        }
    }
}
