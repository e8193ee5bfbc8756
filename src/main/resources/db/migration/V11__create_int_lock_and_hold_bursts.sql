-- Leader election between instances (MAIL_SAFETY item 7): Spring Integration's JdbcLockRegistry
-- keeps its locks here; the holder of the mailbox lock is the only instance reading the mailboxes.
-- The table is spring-integration-jdbc's schema-postgresql.sql, unchanged.
create table int_lock (
    lock_key       char(36)     not null,
    region         varchar(100) not null,
    client_id      char(36),
    created_date   timestamp    not null,
    expired_after  timestamp    not null,
    constraint int_lock_pk primary key (lock_key, region)
);

-- Incoming rate cap per sender (MAIL_SAFETY item 11): a burst is held, not turned into issues,
-- until an admin reprocesses it. The sender is recorded when the pipeline reads the mail.
alter table inbound_emails drop constraint inbound_emails_status_check;
alter table inbound_emails add constraint inbound_emails_status_check
    check (status in ('received', 'issue_created', 'note_added', 'ignored', 'rejected', 'failed', 'held'));
alter table inbound_emails add column sender varchar(320);
alter table inbound_emails add column hold_released boolean not null default false;
create index inbound_emails_sender_idx on inbound_emails (sender, received_at) where sender is not null;
