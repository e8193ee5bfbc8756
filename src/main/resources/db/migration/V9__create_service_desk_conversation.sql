-- The rest of a project's Service Desk settings (GITLAB_BEHAVIOUR.md "Settings").
alter table service_desk_settings
    add column project_key                                varchar(255),
    add column issue_template_key                         varchar(255),
    add column outgoing_name                              varchar(255),
    add column confidential_by_default                    boolean not null default true,
    add column reopen_issue_on_external_participant_note  boolean not null default false,
    add column add_external_participants_from_cc          boolean not null default false,
    add constraint service_desk_settings_project_key_check check (project_key ~ '^[a-z0-9_]{1,255}$');

-- A project's own text for the mails sent to customers; no row means the built-in default.
create table service_desk_mail_templates (
    project_id  bigint       not null constraint service_desk_mail_templates_project_fkey references projects (id) on delete cascade,
    template    varchar(32)  not null,
    content     text         not null,
    updated_at  timestamptz  not null default now(),
    primary key (project_id, template),
    constraint service_desk_mail_templates_template_check check (template in ('thank_you', 'new_note', 'new_participant'))
);

-- People outside the instance who take part in an issue by mail.
create table issue_email_participants (
    id          bigserial     primary key,
    issue_id    bigint        not null constraint issue_email_participants_issue_fkey references issues (id) on delete cascade,
    email       varchar(255)  not null,
    created_at  timestamptz   not null default now()
);
create unique index issue_email_participants_issue_email_key on issue_email_participants (issue_id, lower(email));

-- One row per mail we sent about an issue: its random reply key routes the answer back
-- (GitLab's sent_notifications). Kept when the issue moves; the old issue points at the new one.
create table sent_notifications (
    id          bigserial     primary key,
    reply_key   varchar(64)   not null constraint sent_notifications_reply_key_key unique,
    issue_id    bigint        not null constraint sent_notifications_issue_fkey references issues (id) on delete cascade,
    recipient   varchar(255)  not null,
    message_id  varchar(998)  not null,
    created_at  timestamptz   not null default now()
);
create index sent_notifications_message_id_idx on sent_notifications (message_id);

-- The outbox: every mail to send, written in the transaction of the issue or note it is about,
-- complete down to its Message-ID so that a retry sends the very same message.
create table outbound_emails (
    id               bigserial     primary key,
    kind             varchar(32)   not null,
    issue_id         bigint        constraint outbound_emails_issue_fkey references issues (id) on delete set null,
    recipient        varchar(255)  not null,
    message_id       varchar(998)  not null constraint outbound_emails_message_id_key unique,
    raw              bytea         not null,
    status           varchar(16)   not null default 'pending',
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null default now(),
    last_error       text,
    created_at       timestamptz   not null default now(),
    sent_at          timestamptz,
    constraint outbound_emails_status_check check (status in ('pending', 'sent', 'failed', 'suppressed'))
);
create index outbound_emails_pending_idx on outbound_emails (next_attempt_at, id) where status = 'pending';
create index outbound_emails_issue_idx on outbound_emails (issue_id);

-- Addresses we no longer write to: a hard bounce (5.x.x) or a permanent SMTP refusal.
create table email_suppressions (
    email       varchar(255)  primary key,
    reason      text          not null,
    created_at  timestamptz   not null default now()
);

-- At most one rejection mail per sender and reason per day.
create table rejection_notices (
    sender  varchar(255)  not null,
    reason  varchar(64)   not null,
    day     date          not null,
    primary key (sender, reason, day)
);
