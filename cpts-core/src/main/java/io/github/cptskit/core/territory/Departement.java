package io.github.cptskit.core.territory;

import java.util.Objects;

/**
 * A French département of the Code officiel géographique 2026 (including 2A and 2B for Corsica and
 * the three-character overseas codes), with its region and zone.
 *
 * <pre>{@code
 * Departement d = CommuneRegistry.bundled().departement("2A").get(); // Corse-du-Sud, region 94
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the INSEE département code, such as {@code 01}, {@code 2A} or {@code 974}
 * @param name the département's name
 * @param region the region it belongs to
 * @param zone metropolitan, overseas département or overseas collectivity
 */
public record Departement(String code, String name, Region region, Zone zone) {

    /**
     * Checks the components.
     *
     * @param code the INSEE département code, such as {@code 01}, {@code 2A} or {@code 974}
     * @param name the département's name
     * @param region the region it belongs to
     * @param zone metropolitan, overseas département or overseas collectivity
     */
    public Departement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(zone, "zone");
    }

    @Override
    public String toString() {
        return "Departement[" + code + " " + name + "]";
    }
}
