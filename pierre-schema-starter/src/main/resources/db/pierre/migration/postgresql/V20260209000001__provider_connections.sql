-- Version 20260209000001 (PostgreSQL): provider_connections, filled from the OAuth tokens and
-- the synthetic activities already there.

CREATE TABLE provider_connections (
    id              TEXT NOT NULL PRIMARY KEY,
    connected_at    TEXT NOT NULL,
    connection_type TEXT NOT NULL,
    metadata        TEXT,
    provider        TEXT NOT NULL,
    tenant_id       TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    UNIQUE (user_id, tenant_id, provider)
);
CREATE INDEX idx_provider_connections_tenant ON provider_connections (tenant_id, provider);
CREATE INDEX idx_provider_connections_user ON provider_connections (user_id);

-- One oauth connection per OAuth token: the same id, user, tenant and provider.
INSERT INTO provider_connections (id, user_id, tenant_id, provider, connection_type, connected_at, metadata)
SELECT id, user_id, tenant_id, provider, 'oauth', created_at, NULL
FROM user_oauth_tokens
WHERE true -- SQLite would read ON CONFLICT right after FROM as a join's ON
ON CONFLICT DO NOTHING;

-- One synthetic connection per user and tenant with synthetic activities, from the earliest one;
-- a (user, tenant, provider) that is already there is left out.
INSERT INTO provider_connections (id, user_id, tenant_id, provider, connection_type, connected_at, metadata)
SELECT gen_random_uuid()::text,
       user_id, tenant_id, 'synthetic', 'synthetic', MIN(created_at), '{"source": "migration-backfill"}'
FROM synthetic_activities
GROUP BY user_id, tenant_id
ON CONFLICT DO NOTHING;
