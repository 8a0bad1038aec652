-- Version 20250120000017: Chat conversations and messages for the AI assistant. (Version 16 was never used.)

CREATE TABLE chat_conversations (
    id            TEXT NOT NULL PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    model         TEXT NOT NULL DEFAULT 'gemini-2.0-flash-exp',
    system_prompt TEXT,
    tenant_id     TEXT NOT NULL,
    title         TEXT NOT NULL,
    total_tokens  BIGINT NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX idx_chat_conversations_tenant ON chat_conversations (tenant_id);
CREATE INDEX idx_chat_conversations_updated ON chat_conversations (updated_at DESC);
CREATE INDEX idx_chat_conversations_user ON chat_conversations (user_id);
CREATE INDEX idx_chat_conversations_user_tenant ON chat_conversations (user_id, tenant_id);

CREATE TABLE chat_messages (
    id              TEXT NOT NULL PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
    content         TEXT NOT NULL,
    finish_reason   TEXT,
    role            TEXT NOT NULL CHECK (role IN ('assistant', 'system', 'user')),
    token_count     BIGINT,
    created_at      TEXT NOT NULL
);
CREATE INDEX idx_chat_messages_conversation ON chat_messages (conversation_id);
CREATE INDEX idx_chat_messages_conversation_created ON chat_messages (conversation_id, created_at);
