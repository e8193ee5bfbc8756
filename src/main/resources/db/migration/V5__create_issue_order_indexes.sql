-- The "All" tab orders across both states; without these, a deep page sorts the whole project.
create index issues_project_created_idx on issues (project_id, created_at desc, id desc);
create index issues_project_updated_idx on issues (project_id, updated_at desc, id desc);
