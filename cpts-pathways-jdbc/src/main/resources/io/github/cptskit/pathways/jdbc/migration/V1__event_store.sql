-- cptskit pathways event store, schema version 1. Applied by PostgresEventStore.migrate(); never edit a
-- released migration: add V2__….sql.

-- One row per instance: the definition it is pinned to and the sequence of its last event. Appends
-- move head from the expected version to the new one (a conditional UPDATE), which serialises writers
-- of one instance; the primary key of cpts_event is the second guard.
CREATE TABLE cpts_instance (
    instance_id     TEXT    PRIMARY KEY,
    pathway         TEXT    NOT NULL,
    pathway_version INTEGER NOT NULL,
    head            BIGINT  NOT NULL CHECK (head >= 1)
);

-- The events, numbered 1, 2, … per instance. Instants are stored as timestamptz (microseconds, for
-- queries) with their nanosecond of second, so that they read back exactly.
CREATE TABLE cpts_event (
    instance_id    TEXT        NOT NULL REFERENCES cpts_instance (instance_id),
    seq            BIGINT      NOT NULL CHECK (seq >= 1),
    event_id       UUID        NOT NULL UNIQUE,
    type           TEXT        NOT NULL,
    at             TIMESTAMPTZ NOT NULL,
    at_nanos       INTEGER     NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    recorded_nanos INTEGER     NOT NULL,
    patient        TEXT        NOT NULL,
    author         TEXT        NOT NULL,
    data           JSONB       NOT NULL,
    PRIMARY KEY (instance_id, seq)
);

-- The deadline index: the earliest due instant of each instance with a pending deadline, written in
-- the transaction that appends the events.
CREATE TABLE cpts_deadline (
    instance_id TEXT        PRIMARY KEY REFERENCES cpts_instance (instance_id),
    due_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX cpts_deadline_due_at ON cpts_deadline (due_at);
