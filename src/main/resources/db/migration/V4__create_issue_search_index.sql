-- Searching "title or description contains" with ILIKE stays fast at 100,000+ issues with a
-- trigram index. pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;

create index issues_search_trgm_idx on issues using gin ((title || ' ' || description) gin_trgm_ops);
create index issues_project_confidential_idx on issues (project_id, confidential);
