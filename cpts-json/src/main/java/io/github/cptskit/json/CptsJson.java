package io.github.cptskit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
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

    /** Deepest nesting the ready-made mapper reads: a CPTS document nests less than ten levels. */
    public static final int MAX_NESTING_DEPTH = 64;

    /** Longest JSON number the ready-made mapper reads (amounts are strings, bounded by the module). */
    public static final int MAX_NUMBER_LENGTH = 64;

    /**
     * A new mapper with {@link CptsModule}, dates as ISO-8601 text; unknown properties are errors.
     *
     * @return the mapper (thread-safe once built)
     */
    public static JsonMapper mapper() {
        return builder().build();
    }

    /**
     * The builder of {@link #mapper()}, for a host that changes one of its settings. Besides the module's
     * own checks (bounded amounts, no float for an integer, no field given twice in the API's objects:
     * docs/json.md), it refuses duplicate keys anywhere ({@code STRICT_DUPLICATE_DETECTION}), floats
     * for integers anywhere ({@code ACCEPT_FLOAT_AS_INT} off), nesting deeper than
     * {@value #MAX_NESTING_DEPTH} and numbers longer than {@value #MAX_NUMBER_LENGTH} characters.
     *
     * <pre>{@code
     * JsonMapper mapper = CptsJson.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
     * }</pre>
     *
     * @return a new builder
     */
    public static JsonMapper.Builder builder() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new CptsModule())
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    }
}
