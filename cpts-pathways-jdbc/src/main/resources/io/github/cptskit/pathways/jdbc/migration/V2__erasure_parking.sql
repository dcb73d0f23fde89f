-- cptskit pathways event store, schema version 2: a patient's instances found through an index (erasure,
-- art. 17 RGPD), the instant an instance ended (retention purge), dead-letter records of streams that
-- cannot be replayed, and the audit records of erasures (no personal data). Applied by
-- PostgresEventStore.migrate(); never edit a released migration.

-- The patient an instance follows (the same on every one of its events), indexed.
ALTER TABLE cpts_instance ADD COLUMN patient TEXT;
UPDATE cpts_instance i SET patient = (SELECT e.patient FROM cpts_event e WHERE e.instance_id = i.instance_id
    ORDER BY e.seq LIMIT 1);
ALTER TABLE cpts_instance ALTER COLUMN patient SET NOT NULL;
CREATE INDEX cpts_instance_patient ON cpts_instance (patient);

-- When the instance reached a terminal state (the instant its last event took effect); null while it
-- runs, and for instances that ended before this migration (the store did not know then).
ALTER TABLE cpts_instance ADD COLUMN closed_at TIMESTAMPTZ;
CREATE INDEX cpts_instance_closed_at ON cpts_instance (closed_at) WHERE closed_at IS NOT NULL;

-- Instances whose stream could not be replayed when a deadline fell due: out of the deadline index
-- until the host repairs the stream and releases them.
CREATE TABLE cpts_parked (
    instance_id  TEXT        PRIMARY KEY REFERENCES cpts_instance (instance_id),
    code         TEXT        NOT NULL,
    error        TEXT        NOT NULL,
    parked_at    TIMESTAMPTZ NOT NULL,
    parked_nanos INTEGER     NOT NULL
);

-- The audit records of erasures and retention purges: what, when, at whose request; never whom.
CREATE TABLE cpts_erasure (
    erasure_id   UUID        PRIMARY KEY,
    reason       TEXT        NOT NULL,
    erased_at    TIMESTAMPTZ NOT NULL,
    erased_nanos INTEGER     NOT NULL,
    actor        TEXT        NOT NULL,
    instances    INTEGER     NOT NULL,
    events       BIGINT      NOT NULL,
    deadlines    INTEGER     NOT NULL
);
