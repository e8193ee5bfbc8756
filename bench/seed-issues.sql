-- Seeds project bench/tracker with :issues issues and 3 notes each, as the issue list
-- benchmark needs. Run with psql -v issues=100000.
begin;
insert into groups (name, path, full_path, visibility) values ('Bench', 'bench', 'bench', 'private');
insert into routes (path, group_id) select 'bench', id from groups where full_path = 'bench';
insert into projects (group_id, name, path, full_path, visibility)
    select id, 'Tracker', 'tracker', 'bench/tracker', 'private' from groups where full_path = 'bench';
insert into routes (path, project_id) select 'bench/tracker', id from projects where full_path = 'bench/tracker';
insert into members (user_id, group_id, access_level)
    select u.id, g.id, 50 from users u, groups g where u.username = 'root' and g.full_path = 'bench';
insert into labels (project_id, title, color)
    select p.id, l.title, l.color from projects p,
        (values ('bug', '#d9534f'), ('feature', '#428bca'), ('support', '#5cb85c'), ('urgent', '#f0ad4e')) as l(title, color)
    where p.full_path = 'bench/tracker';

insert into issues (project_id, iid, title, description, state, confidential, author_id, created_at, updated_at, closed_at)
select p.id, n,
       'Customer report ' || n || ': ' || (array['printer offline', 'cannot log in', 'invoice missing', 'slow page', 'password reset'])[1 + n % 5],
       'Hello, since yesterday ' || md5(n::text) || ' does not work. Order ' || (n * 7919 % 100000) || '. Regards',
       case when n % 3 = 0 then 'closed' else 'opened' end,
       n % 4 = 0,
       u.id,
       now() - make_interval(secs => (:issues - n) * 60),
       now() - make_interval(secs => (:issues - n) * 30),
       case when n % 3 = 0 then now() else null end
from projects p, users u, generate_series(1, :issues) as n
where p.full_path = 'bench/tracker' and u.username = 'root';
update projects set last_issue_iid = :issues where full_path = 'bench/tracker';

insert into issue_labels (issue_id, label_id)
select i.id, l.id from issues i join projects p on p.id = i.project_id
    join labels l on l.project_id = p.id and l.title = (array['bug', 'feature', 'support', 'urgent'])[1 + i.iid % 4]
where p.full_path = 'bench/tracker' and i.iid % 2 = 0;

insert into notes (issue_id, author_id, body, internal, system, created_at, updated_at)
select i.id, i.author_id, 'Reply ' || k || ' on ' || i.iid || ': thanks, we are looking into it.', k = 2, false,
       i.created_at + make_interval(mins => k), i.created_at + make_interval(mins => k)
from issues i join projects p on p.id = i.project_id, generate_series(1, 3) as k
where p.full_path = 'bench/tracker';

-- One issue with 200 notes, for the issue page figure.
insert into notes (issue_id, author_id, body, internal, system, created_at, updated_at)
select i.id, i.author_id, 'Long thread note ' || k || E'\n\n* a list\n* with `code`', false, k % 10 = 0, now(), now()
from issues i join projects p on p.id = i.project_id, generate_series(1, 197) as k
where p.full_path = 'bench/tracker' and i.iid = 1;
commit;
vacuum analyze issues;
vacuum analyze notes;
vacuum analyze issue_labels;
