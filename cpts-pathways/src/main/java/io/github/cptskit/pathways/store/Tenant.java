package io.github.cptskit.pathways.store;

import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * The tenant an {@link EventStore} keeps events for: one CPTS (or one customer of a platform hosting
 * several). A store is configured for one tenant, and every read, append, erasure, purge and deadline
 * of that store stays inside it (decision record 0006). On PostgreSQL a tenant is a schema of its own
 * ({@code PostgresEventStore.of(dataSource).withTenant(tenant)}); {@link #DEFAULT} is the connection's
 * own {@code currentSchema}, as before tenants existed.
 *
 * <pre>{@code
 * Tenant lyon = Tenant.parse("cpts_lyon_8").get();
 * EventStore store = PostgresEventStore.of(dataSource).withTenant(lyon);
 * }</pre>
 *
 * @param id 1 to 48 lower-case letters, digits or {@code _}, starting with a letter, not starting
 *     with {@code pg_} (a PostgreSQL schema name that needs no quoting)
 */
public record Tenant(String id) {

    /** The tenant of a host that has only one: the tables of the connection's current schema. */
    public static final Tenant DEFAULT = new Tenant("default");

    /** Checks the id; use {@link #parse} for untrusted input.
     *
     *
     *
     * @param id 1 to 48 lower-case letters, digits or {@code _}, starting with a letter, not starting with {@code pg_} (a PostgreSQL schema name that needs no quoting)
     *
     */
    public Tenant {
        Objects.requireNonNull(id, "id");
        if (!valid(id)) {
            throw new IllegalArgumentException("not a tenant id (1 to 48 of a-z 0-9 _, starting with a letter)");
        }
    }

    /**
     * @param text the id
     * @return the tenant, or the problem {@code TENANT_FORMAT}
     */
    public static Validation<Seq<Problem>, Tenant> parse(String text) {
        Objects.requireNonNull(text, "text");
        return valid(text)
                ? Validation.valid(new Tenant(text))
                : Validation.invalid(List.of(Problem.of(PathwaysProblem.TENANT_FORMAT)));
    }

    private static boolean valid(String s) {
        int n = s.length();
        if (n == 0 || n > 48 || s.charAt(0) < 'a' || s.charAt(0) > 'z' || s.startsWith("pg_")) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** @return whether this is {@link #DEFAULT} */
    public boolean isDefault() {
        return equals(DEFAULT);
    }

    @Override
    public String toString() {
        return id;
    }
}
