-- Issue description templates (GitLab's .gitlab/issue_templates), kept in the database at three
-- levels: the instance (no owner), a group, or a project. Nearest wins by name: project, then
-- its groups from the innermost out, then the instance.
create table description_templates (
    id          bigserial     primary key,
    group_id    bigint        constraint description_templates_group_fkey references groups (id) on delete cascade,
    project_id  bigint        constraint description_templates_project_fkey references projects (id) on delete cascade,
    name        varchar(255)  not null,
    content     text          not null,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    constraint description_templates_owner_check check (group_id is null or project_id is null),
    constraint description_templates_name_check check (length(trim(name)) > 0)
);
create unique index description_templates_instance_name_key on description_templates (lower(name))
    where group_id is null and project_id is null;
create unique index description_templates_group_name_key on description_templates (group_id, lower(name)) where group_id is not null;
create unique index description_templates_project_name_key on description_templates (project_id, lower(name)) where project_id is not null;
