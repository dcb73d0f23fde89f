package io.github.cptskit.core.territory;

import java.util.Objects;

/**
 * A French region of the Code officiel géographique 2026: its INSEE code and its name. Overseas
 * collectivities have a region entry of their own, with the same code as their département.
 *
 * <pre>{@code
 * Region corse = CommuneRegistry.bundled().region("94").get(); // Region[94 Corse]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the INSEE region code, such as {@code 24} or {@code 975}
 * @param name the region's name, such as {@code Centre-Val de Loire}
 */
public record Region(String code, String name) {

    /**
     * Checks the components.
     *
     * @param code the INSEE region code, such as {@code 24} or {@code 975}
     * @param name the region's name, such as {@code Centre-Val de Loire}
     */
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return "Region[" + code + " " + name + "]";
    }
}
