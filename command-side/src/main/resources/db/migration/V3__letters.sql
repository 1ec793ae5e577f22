-- Letters: what must not travel with the events. The writer's contact details are kept apart from
-- the immutable event log (and from Kafka and every read model); the event holds their digest.
-- Tracking codes are known only by their SHA-256. Both rows are written in the same transaction as
-- the letter's MessageReceived.
CREATE TABLE message_contact (
    message_id  VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(100),
    phone       VARCHAR(40),
    email       VARCHAR(200),
    digest      CHAR(64)     NOT NULL,
    erased_at   TIMESTAMPTZ
);

CREATE TABLE message_tracking (
    code_hash   CHAR(64)     PRIMARY KEY,
    message_id  VARCHAR(64)  NOT NULL UNIQUE
);

GRANT SELECT, INSERT ON message_contact TO ${appRole};
-- erasure (right to be forgotten) blanks the details and keeps the digest
GRANT UPDATE (name, phone, email, erased_at) ON message_contact TO ${appRole};
GRANT SELECT, INSERT ON message_tracking TO ${appRole};
