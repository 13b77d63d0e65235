package org.cardhub.api.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B configuration for everything the partner API reads and writes: a request naming a
 * property the operation does not know is refused rather than silently half-understood (Yasson's
 * {@code jsonb.fail-on-unknown-properties}), and so is a number or boolean where a string belongs.
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

    public static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .withDeserializers(new StrictStrings()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
