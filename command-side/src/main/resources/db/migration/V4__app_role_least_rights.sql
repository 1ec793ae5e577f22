-- The application role no longer writes snapshots. Axon reads snapshot_event_entry on every load of an
-- aggregate and would build the aggregate from a snapshot row instead of replaying its hash-chained events;
-- no aggregate here takes snapshots (none has a snapshot trigger), and AxonConfig ignores any row that is
-- there anyway. Reading stays: Axon's query runs on every load, and finds nothing.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON snapshot_event_entry FROM ${appRole};

-- The application checks at start-up, as its own role, that the schema is this build's (Flyway validate).
GRANT SELECT ON flyway_schema_history TO ${appRole};
