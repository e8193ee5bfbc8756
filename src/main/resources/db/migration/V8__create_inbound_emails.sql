-- Every mail taken from a mailbox (or posted by the webhook), stored before anything else
-- happens to it; the pipeline works these rows. Unique per mailbox message, so fetching the same
-- message again after a crash stores nothing new.
create table inbound_emails (
    id               bigserial    primary key,
    mailbox          varchar(64)  not null,
    uid_validity     bigint,
    uid              bigint,
    sha256           char(64)     not null,
    raw              bytea        not null,
    size             integer      not null,
    message_id       varchar(998),
    status           varchar(16)  not null default 'received',
    reason           text,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null default now(),
    project_id       bigint       constraint inbound_emails_project_fkey references projects (id) on delete set null,
    issue_id         bigint       constraint inbound_emails_issue_fkey references issues (id) on delete set null,
    received_at      timestamptz  not null default now(),
    processed_at     timestamptz,
    constraint inbound_emails_status_check
        check (status in ('received', 'issue_created', 'note_added', 'ignored', 'rejected', 'failed'))
);
create unique index inbound_emails_mailbox_uid_key on inbound_emails (mailbox, uid_validity, uid) where uid is not null;
create index inbound_emails_pending_idx on inbound_emails (next_attempt_at, id) where status = 'received';
create index inbound_emails_received_idx on inbound_emails (received_at desc, id desc);

-- The customer's Message-ID on the issue it created: a second copy of the same mail finds it,
-- and a reply-all whose In-Reply-To names it becomes a note.
alter table issues add column service_desk_message_id varchar(998);
create unique index issues_project_message_id_key on issues (project_id, service_desk_message_id)
    where service_desk_message_id is not null;
