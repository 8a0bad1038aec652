-- Reverts version 20250120000017: drops the chat tables, children first.

DROP TABLE chat_messages;
DROP TABLE chat_conversations;
