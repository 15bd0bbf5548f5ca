-- The session table holds the SHA-256 digest of the cookie's session id (43 URL-safe base64
-- characters), never the id itself (org.candour.sessions.DigestedSessionIds, ADR 0026 and 0027), so
-- that a copy of the table gives no cookie signed in as a reviewer. Sessions stored before this held
-- the cookie's id in clear: they are dropped (their attributes go with them, on delete cascade), and
-- their reviewers sign in again.
delete from spring_session;

alter table spring_session alter column session_id type char(43);
