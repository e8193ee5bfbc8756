-- One row per project that ever touched its Service Desk settings; no row means "off".
create table service_desk_settings (
    project_id  bigint      primary key constraint service_desk_settings_project_fkey references projects (id) on delete cascade,
    enabled     boolean     not null default false,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
