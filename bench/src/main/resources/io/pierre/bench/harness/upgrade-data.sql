-- The rows of the large-upgrade benchmark, for a database at version 20250120000013: N users and,
-- per user, one row in every table that references users (a foreign key to users(id) at version
-- 13, or one that version 14 adds: a2a_clients, user_configurations), plus the user's tenant
-- (parent of tenant_users and audit_events) and user_oauth_tokens (whose user_id has no foreign
-- key but which version 15 alters). Nullable columns are filled; unique and check constraints
-- hold.
--
-- The harness replaces {series} with N rows of one column i (1..N; a recursive CTE on SQLite,
-- generate_series on PostgreSQL), {uid} with the id of user i (36 characters, UUID-like, not in
-- insertion order) and {now} with a constant ISO-8601 timestamp. Statements end with a line that
-- holds only ';'. Everything runs in the database: no row passes through the JVM.

INSERT INTO users (id, approved_at, approved_by, display_name, email, fitbit_access_token,
    fitbit_expires_at, fitbit_last_sync, fitbit_refresh_token, fitbit_scope, is_active, is_admin,
    last_active, password_hash, strava_access_token, strava_expires_at, strava_last_sync,
    strava_refresh_token, strava_scope, tenant_id, tier, user_status, created_at, role)
SELECT {uid}, {now}, 'admin', 'Bench User ' || i, 'user' || i || '@bench.example',
    'fitbit-access-' || {uid}, 1767225600 + i, {now}, 'fitbit-refresh-' || {uid},
    'activity heartrate sleep weight', 1, CASE WHEN i % 100 = 0 THEN 1 ELSE 0 END,
    {now}, '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0$' || {uid} || {uid},
    'strava-access-' || {uid}, 1767225600 + i, {now}, 'strava-refresh-' || {uid},
    'read,activity:read_all', 't-' || {uid},
    CASE i % 3 WHEN 0 THEN 'starter' WHEN 1 THEN 'professional' ELSE 'enterprise' END,
    CASE i % 10 WHEN 0 THEN 'pending' WHEN 1 THEN 'suspended' ELSE 'active' END,
    {now}, CASE WHEN i % 100 = 0 THEN 'admin' ELSE 'user' END
FROM {series}
;

INSERT INTO user_oauth_app_credentials (id, user_id, client_id, client_secret, provider, redirect_uri,
    created_at, updated_at)
SELECT 'uoac-' || {uid}, {uid}, 'client-' || i, 'secret-' || {uid}, 'strava',
    'https://bench.example/oauth/callback/strava', {now}, {now}
FROM {series}
;

INSERT INTO user_profiles (user_id, profile_data, created_at, updated_at)
SELECT {uid}, '{"age":' || (20 + i % 50) || ',"weight_kg":70.5,"ftp":250,"units":"metric"}', {now}, {now}
FROM {series}
;

INSERT INTO api_keys (id, user_id, description, expires_at, is_active, key_hash, key_prefix,
    last_used_at, name, rate_limit_requests, rate_limit_window_seconds, tier, created_at)
SELECT 'key-' || {uid}, {uid}, 'Bench key of user ' || i, {now}, 1, 'hash-' || {uid} || {uid},
    'pk_' || {uid}, {now}, 'bench key', 1000, 3600, 'starter', {now}
FROM {series}
;

INSERT INTO goals (id, user_id, goal_data, created_at, updated_at)
SELECT 'goal-' || {uid}, {uid}, '{"type":"distance","target_km":' || (i % 500) || ',"weeks":12}', {now}, {now}
FROM {series}
;

INSERT INTO insights (id, user_id, activity_id, insight_data, insight_type, created_at)
SELECT 'ins-' || {uid}, {uid}, 'activity-' || i, '{"summary":"steady aerobic effort","score":0.82}',
    'performance', {now}
FROM {series}
;

INSERT INTO jwt_usage (id, user_id, endpoint, ip_address, method, request_size_bytes,
    response_size_bytes, response_time_ms, status_code, timestamp, user_agent)
SELECT 'jwt-' || {uid}, {uid}, '/api/activities', '192.0.2.' || (i % 250), 'GET', 512, 2048,
    i % 900, 200, {now}, 'bench-agent/1.0'
FROM {series}
;

INSERT INTO request_logs (id, api_key_id, user_id, endpoint, error_message, method,
    response_time_ms, status_code, timestamp)
SELECT 'req-' || {uid}, 'key-' || {uid}, {uid}, '/mcp', 'none', 'POST', i % 700, 200, {now}
FROM {series}
;

INSERT INTO a2a_clients (id, capabilities, client_secret, description, is_active, name, permissions,
    public_key, rate_limit_requests, rate_limit_window_seconds, redirect_uris, user_id, created_at,
    updated_at)
SELECT 'a2a-' || {uid}, '["fitness-data-analysis"]', 'secret-' || {uid}, 'Bench agent of user ' || i, 1,
    'bench agent', '["read_activities"]', 'pubkey-' || {uid}, 1000, 3600,
    '["https://bench.example/a2a"]', {uid}, {now}, {now}
FROM {series}
;

INSERT INTO a2a_sessions (session_token, client_id, user_id, expires_at, granted_scopes, last_activity,
    requests_count, created_at)
SELECT 'sess-' || {uid}, 'a2a-' || {uid}, {uid}, {now}, 'read', {now}, i % 40, {now}
FROM {series}
;

INSERT INTO oauth_notifications (id, user_id, expires_at, message, provider, read_at, success, created_at)
SELECT 'note-' || {uid}, {uid}, {now}, 'Strava connected', 'strava', {now}, 1, {now}
FROM {series}
;

INSERT INTO oauth_apps (id, owner_user_id, app_type, client_id, client_secret_hash, description,
    is_active, name, redirect_uris, scopes, created_at, updated_at)
SELECT 'app-' || {uid}, {uid}, CASE WHEN i % 2 = 0 THEN 'public' ELSE 'confidential' END,
    'app-client-' || {uid}, 'hash-' || {uid}, 'Bench app of user ' || i, 1, 'bench app',
    '["https://bench.example/cb"]', 'read write', {now}, {now}
FROM {series}
;

INSERT INTO tenants (id, domain, is_active, name, owner_user_id, plan, slug, created_at, updated_at)
SELECT 't-' || {uid}, 'tenant' || i || '.bench.example', 1, 'Tenant ' || i, {uid},
    CASE i % 3 WHEN 0 THEN 'starter' WHEN 1 THEN 'professional' ELSE 'enterprise' END,
    'tenant-' || i, {now}, {now}
FROM {series}
;

INSERT INTO user_configurations (user_id, config_data, created_at, updated_at)
SELECT {uid}, '{"theme":"dark","units":"metric","notifications":true}', {now}, {now}
FROM {series}
;

INSERT INTO audit_events (id, tenant_id, user_id, event_type, ip_address, message, metadata, result,
    severity, source, timestamp, user_agent)
SELECT 'audit-' || {uid}, 't-' || {uid}, {uid}, 'user_login', '198.51.100.' || (i % 250),
    'User logged in', '{"method":"password"}', 'success', 'info', 'auth', {now}, 'bench-agent/1.0'
FROM {series}
;

INSERT INTO tenant_users (id, invited_by, tenant_id, user_id, invited_at, is_active, joined_at,
    permissions, role)
SELECT 'tu-' || {uid}, {uid}, 't-' || {uid}, {uid}, {now}, 1, {now}, '["all"]', 'owner'
FROM {series}
;

INSERT INTO impersonation_sessions (id, impersonator_id, target_user_id, ended_at, is_active, reason,
    started_at, created_at)
SELECT 'imp-' || {uid}, {uid}, {uid}, {now}, 0, 'support ticket ' || i, {now}, {now}
FROM {series}
;

INSERT INTO permission_delegations (id, grantee_id, grantor_id, expires_at, permissions, revoked_at,
    created_at)
SELECT 'del-' || {uid}, {uid}, {uid}, {now}, 7, {now}, {now}
FROM {series}
;

INSERT INTO user_mcp_tokens (id, user_id, expires_at, is_revoked, last_used_at, name, token_hash,
    token_prefix, usage_count, created_at)
SELECT 'mcp-' || {uid}, {uid}, {now}, 0, {now}, 'bench token', 'hash-' || {uid} || {uid},
    'pmcp_' || substr({uid}, 1, 8), i % 1000, {now}
FROM {series}
;

INSERT INTO user_oauth_tokens (id, access_token, expires_at, provider, refresh_token, scope, tenant_id,
    token_type, user_id, created_at, updated_at)
SELECT 'tok-' || {uid}, 'access-' || {uid} || {uid}, {now}, 'strava', 'refresh-' || {uid} || {uid},
    'read,activity:read_all', 't-' || {uid}, 'bearer', {uid}, {now}, {now}
FROM {series}
;
