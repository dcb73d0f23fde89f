package io.github.cptskit.pathways.store;

/** The storage behind an {@link EventStore} failed (connection lost, disk full): not a refusal. */
public final class EventStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was being done
     * @param cause the storage's exception
     */
    public EventStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
