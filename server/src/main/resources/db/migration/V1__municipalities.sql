-- The municipalities this installation serves. Each one is also an engine tenant with the same id,
-- so that the case store's municipality column and the engine's tenant id agree.
CREATE TABLE municipality (
    code        VARCHAR(6)   NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);
