package io.github.cptskit.json;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Ready-made mappers for hosts that do not configure their own.
 *
 * <pre>{@code
 * JsonMapper mapper = CptsJson.mapper();
 * String json = mapper.writeValueAsString(cpts);
 * }</pre>
 */
public final class CptsJson {
    private CptsJson() {}

    /**
     * A new mapper with {@link CptsModule}, dates as ISO-8601 text; unknown properties are errors.
     *
     * @return the mapper (thread-safe once built)
     */
    public static JsonMapper mapper() {
        return JsonMapper.builder()
                .addModule(new CptsModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .build();
    }
}
