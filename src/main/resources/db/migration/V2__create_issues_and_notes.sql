create table issues (
    id                      bigserial     primary key,
    project_id              bigint        not null constraint issues_project_fkey references projects (id) on delete cascade,
    iid                     integer       not null,
    title                   varchar(255)  not null,
    description             text          not null default '',
    state                   varchar(16)   not null default 'opened',
    confidential            boolean       not null default false,
    author_id               bigint        not null constraint issues_author_fkey references users (id),
    external_author_email   varchar(255),
    moved_to_id             bigint        constraint issues_moved_to_fkey references issues (id),
    created_at              timestamptz   not null default now(),
    updated_at              timestamptz   not null default now(),
    closed_at               timestamptz,
    closed_by_id            bigint        constraint issues_closed_by_fkey references users (id),
    constraint issues_project_iid_key unique (project_id, iid),
    constraint issues_state_check check (state in ('opened', 'closed'))
);
-- The issue list: one project, one state, newest first (keyset on created_at, id).
create index issues_project_state_created_idx on issues (project_id, state, created_at desc, id desc);
create index issues_project_state_updated_idx on issues (project_id, state, updated_at desc, id desc);
create index issues_author_id_idx on issues (author_id);

create table labels (
    id           bigserial    primary key,
    project_id   bigint       not null constraint labels_project_fkey references projects (id) on delete cascade,
    title        varchar(255) not null,
    color        varchar(7)   not null default '#6699cc',
    description  text         not null default '',
    created_at   timestamptz  not null default now(),
    constraint labels_color_check check (color ~ '^#[0-9a-fA-F]{6}$')
);
create unique index labels_project_title_key on labels (project_id, lower(title));

create table issue_labels (
    issue_id  bigint not null constraint issue_labels_issue_fkey references issues (id) on delete cascade,
    label_id  bigint not null constraint issue_labels_label_fkey references labels (id) on delete cascade,
    constraint issue_labels_pkey primary key (issue_id, label_id)
);
create index issue_labels_label_id_idx on issue_labels (label_id);

create table issue_assignees (
    issue_id  bigint not null constraint issue_assignees_issue_fkey references issues (id) on delete cascade,
    user_id   bigint not null constraint issue_assignees_user_fkey references users (id) on delete cascade,
    constraint issue_assignees_pkey primary key (issue_id, user_id)
);
create index issue_assignees_user_id_idx on issue_assignees (user_id);

create table notes (
    id                      bigserial    primary key,
    issue_id                bigint       not null constraint notes_issue_fkey references issues (id) on delete cascade,
    author_id               bigint       not null constraint notes_author_fkey references users (id),
    body                    text         not null,
    internal                boolean      not null default false,
    system                  boolean      not null default false,
    external_author_email   varchar(255),
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now()
);
create index notes_issue_created_idx on notes (issue_id, created_at, id);
