package io.github.cptskit.pathways.store;

import io.github.cptskit.pathways.engine.ActorRef;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The audit record of an erasure, kept by the store in the transaction that erased: what was done,
 * when and at whose request, and nothing about whom. It holds no patient reference, no instance id
 * and no event: the host links its own request register (the patient's art. 17 RGPD request) to the
 * erasure through {@link #id()}, returned to the caller. See decision record 0006.
 *
 * <pre>{@code
 * Erasure e = store.erase(patient, new ActorRef("dpo-12"), Instant.now());
 * requests.markDone(requestId, e.id());      // the host's register, not the store's
 * }</pre>
 *
 * @param id a random (version 4) id, unrelated to the patient
 * @param tenant the tenant erased in
 * @param reason a patient's request or the retention limit
 * @param at when it was done
 * @param actor who asked for it (pseudonymous)
 * @param instances instances erased
 * @param events events erased
 * @param deadlines pending deadlines dropped from the index
 */
public record Erasure(
        UUID id, Tenant tenant, Reason reason, Instant at, ActorRef actor, int instances, long events, int deadlines) {

    /** Why the events were erased. */
    public enum Reason {
        /** A patient's erasure ({@link EventStore#erase}). */
        PATIENT,
        /** The retention limit ({@link EventStore#purgeClosedBefore}). */
        RETENTION
    }

    /** Checks the components.
     *
     *
     *
     * @param id a random (version 4) id, unrelated to the patient
     *
     * @param tenant the tenant erased in
     *
     * @param reason a patient's request or the retention limit
     *
     * @param at when it was done
     *
     * @param actor who asked for it (pseudonymous)
     *
     * @param instances instances erased
     *
     * @param events events erased
     *
     * @param deadlines pending deadlines dropped from the index
     *
     */
    public Erasure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        if (instances < 0 || events < 0 || deadlines < 0) {
            throw new IllegalArgumentException("counts are 0 or more");
        }
    }
}
