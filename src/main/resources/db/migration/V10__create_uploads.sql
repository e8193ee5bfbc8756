-- Files attached to issues and notes (from the web form, the API and customers' mails), kept in
-- PostgreSQL so that every instance serves the same files. Addressed by a random secret that
-- nobody can guess: /-/project/<project_id>/uploads/<secret>/<file_name>.
create table uploads (
    id            bigserial     primary key,
    project_id    bigint        not null constraint uploads_project_fkey references projects (id) on delete cascade,
    secret        varchar(64)   not null,
    file_name     varchar(255)  not null,
    content_type  varchar(255)  not null,
    size          bigint        not null,
    data          bytea         not null,
    uploaded_by   bigint        constraint uploads_uploaded_by_fkey references users (id) on delete set null,
    created_at    timestamptz   not null default now(),
    constraint uploads_secret_key unique (secret),
    constraint uploads_size_check check (size >= 0)
);
create index uploads_project_id_idx on uploads (project_id);
-- Uncompressed out-of-line storage: files are served in slices (substring), which PostgreSQL then
-- reads without decompressing the whole value; most uploads (images, PDFs) are compressed already.
alter table uploads alter column data set storage external;
