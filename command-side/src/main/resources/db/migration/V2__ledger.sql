-- The ledger (docs/ledger.md): a Merkle tree over every stored event, written by the ledger's
-- tracking processor in the transaction of its token. Owned by the migration role.

-- Each event's place in the tree. Leaf order is the order of appending, not the global index:
-- a late-committing event can arrive after a later global index.
CREATE TABLE ledger_leaf (
    leaf_index       BIGINT       PRIMARY KEY CHECK (leaf_index >= 0),
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    global_index     BIGINT       NOT NULL UNIQUE
);

-- The hash of every complete subtree: level 0 are the leaf hashes; (level, node_index) covers the
-- leaves [node_index * 2^level, (node_index + 1) * 2^level). About two rows per event, so that
-- any proof reads O(log n) rows by primary key.
CREATE TABLE ledger_node (
    level      SMALLINT NOT NULL CHECK (level BETWEEN 0 AND 62),
    node_index BIGINT   NOT NULL CHECK (node_index >= 0),
    hash       BYTEA    NOT NULL CHECK (octet_length(hash) = 32),
    PRIMARY KEY (level, node_index)
);

-- Every key that ever signed a checkpoint, so that old checkpoints stay verifiable.
CREATE TABLE ledger_key (
    key_id     VARCHAR(64)  PRIMARY KEY,
    algorithm  VARCHAR(16)  NOT NULL,
    public_key BYTEA        NOT NULL,
    key_alias  VARCHAR(255) NOT NULL,
    created_at VARCHAR(40)  NOT NULL
);

-- Signed tree heads; signed_time is the exact text that was signed.
CREATE TABLE ledger_checkpoint (
    tree_size   BIGINT       PRIMARY KEY CHECK (tree_size > 0),
    root_hash   BYTEA        NOT NULL CHECK (octet_length(root_hash) = 32),
    signed_time VARCHAR(40)  NOT NULL,
    origin      VARCHAR(255) NOT NULL,
    key_id      VARCHAR(64)  NOT NULL REFERENCES ledger_key (key_id),
    algorithm   VARCHAR(16)  NOT NULL,
    signature   BYTEA        NOT NULL
);

-- The application appends to the ledger and reads it; it may never change or remove what is on it.
-- Resetting the ledger (to rebuild it) is the owner's act: delete these rows and the 'ledger' token.
GRANT SELECT, INSERT ON ledger_leaf, ledger_node, ledger_key, ledger_checkpoint TO ${appRole};
