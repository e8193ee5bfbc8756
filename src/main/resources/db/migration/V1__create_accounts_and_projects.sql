-- Users, groups, projects, memberships and the routes that make full paths unique.

create table users (
    id              bigserial    primary key,
    username        varchar(255) not null,
    name            varchar(255) not null,
    email           varchar(255) not null,
    password_hash   varchar(255),
    admin           boolean      not null default false,
    state           varchar(16)  not null default 'active',
    bot             boolean      not null default false,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint users_state_check check (state in ('active', 'blocked'))
);
create unique index users_username_key on users (lower(username));
create unique index users_email_key on users (lower(email));

-- The Support Bot authors every issue created from mail. It has no password, so it cannot sign in.
insert into users (username, name, email, bot)
values ('support-bot', 'Support Bot', 'support-bot@noreply.servicedesk.localhost', true);

create table groups (
    id          bigserial    primary key,
    parent_id   bigint       constraint groups_parent_fkey references groups (id),
    name        varchar(255) not null,
    path        varchar(255) not null,
    full_path   varchar(2048) not null,
    visibility  varchar(16)  not null default 'private',
    description text         not null default '',
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint groups_visibility_check check (visibility in ('private', 'internal', 'public'))
);
create index groups_parent_id_idx on groups (parent_id);
create unique index groups_full_path_key on groups (lower(full_path));

create table projects (
    id              bigserial    primary key,
    group_id        bigint       not null constraint projects_group_fkey references groups (id),
    name            varchar(255) not null,
    path            varchar(255) not null,
    full_path       varchar(2048) not null,
    visibility      varchar(16)  not null default 'private',
    description     text         not null default '',
    last_issue_iid  integer      not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint projects_visibility_check check (visibility in ('private', 'internal', 'public'))
);
create index projects_group_id_idx on projects (group_id);
create unique index projects_full_path_key on projects (lower(full_path));

-- Groups and projects share one URL space (/<full path>), so a subgroup and a project in the
-- same parent may not take the same path. Every group and project owns exactly one route.
create table routes (
    id          bigserial     primary key,
    path        varchar(2048) not null,
    group_id    bigint        constraint routes_group_fkey references groups (id) on delete cascade,
    project_id  bigint        constraint routes_project_fkey references projects (id) on delete cascade,
    constraint routes_one_source_check check ((group_id is null) <> (project_id is null))
);
create unique index routes_path_key on routes (lower(path));

create table members (
    id            bigserial   primary key,
    user_id       bigint      not null constraint members_user_fkey references users (id) on delete cascade,
    group_id      bigint      constraint members_group_fkey references groups (id) on delete cascade,
    project_id    bigint      constraint members_project_fkey references projects (id) on delete cascade,
    access_level  integer     not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint members_one_source_check check ((group_id is null) <> (project_id is null)),
    constraint members_access_level_check check (access_level in (10, 20, 30, 40, 50))
);
create unique index members_user_group_key on members (user_id, group_id) where group_id is not null;
create unique index members_user_project_key on members (user_id, project_id) where project_id is not null;
create index members_group_id_idx on members (group_id);
create index members_project_id_idx on members (project_id);
