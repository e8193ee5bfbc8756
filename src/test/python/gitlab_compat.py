#!/usr/bin/python3
"""Runs the real python-gitlab client (Debian's python3-gitlab) against a running Service Desk.

Usage: gitlab_compat.py BASE_URL ROOT_TOKEN DESK_PROJECT_PATH PUBLIC_IID CONFIDENTIAL_IID

DESK_PROJECT_PATH is a project whose issue PUBLIC_IID and confidential issue CONFIDENTIAL_IID
came in by mail (they have an external author). Prints one line per check and
"N passed, 0 failed" at the end; exits non-zero on the first failure.
"""
import sys
import time

import gitlab

base, root_token, desk_path, public_iid, confidential_iid = sys.argv[1:6]
passed = 0


def check(name, condition, detail=""):
    global passed
    if not condition:
        print(f"FAIL {name} {detail}")
        print(f"{passed} passed, 1 failed")
        sys.exit(1)
    passed += 1
    print(f"ok   {name}")


suffix = str(int(time.time() * 1000))
gl = gitlab.Gitlab(base, private_token=root_token)
gl.auth()
check("authenticates with a token (GET /user)", gl.user.username == "root")

group = gl.groups.create({"name": "Compat " + suffix, "path": "compat-" + suffix})
check("creates a group", group.full_path == "compat-" + suffix)
created = gl.projects.create({"name": "Client", "namespace_id": group.id})
check("creates a project", created.path_with_namespace == f"compat-{suffix}/client")
project = gl.projects.get(f"compat-{suffix}/client")
check("gets a project by its full path", project.id == created.id)

issue = project.issues.create({"title": "First", "description": "Made by python-gitlab", "labels": ["bug", "client"]})
check("creates an issue", issue.iid == 1 and issue.state == "opened")
check("creates the labels it names", sorted(issue.labels) == ["bug", "client"])
for n in range(2, 26):
    project.issues.create({"title": f"Issue {n}"})
first_page = project.issues.list(per_page=10, page=1)
check("lists one page", len(first_page) == 10)
everything = project.issues.list(per_page=10, get_all=True)
check("follows pagination over several pages", len(everything) == 25, f"got {len(everything)}")
check("no issue twice across pages", len({i.iid for i in everything}) == 25)
lazy = list(project.issues.list(per_page=7, iterator=True))
check("iterates lazily through Link headers", len(lazy) == 25, f"got {len(lazy)}")
check("filters by label", [i.iid for i in project.issues.list(labels=["client"], get_all=True)] == [1])
check("searches", [i.iid for i in project.issues.list(search="Made by python", get_all=True)] == [1])

note = issue.notes.create({"body": "A comment"})
check("adds a note", note.body == "A comment")
internal = issue.notes.create({"body": "Team only", "internal": True})
check("adds an internal note", internal.internal is True)
bodies = [n.body for n in issue.notes.list(get_all=True)]
check("lists notes", "A comment" in bodies and "Team only" in bodies)
note.body = "An edited comment"
note.save()
check("edits a note", issue.notes.get(note.id).body == "An edited comment")

issue.state_event = "close"
issue.save()
check("closes an issue", project.issues.get(issue.iid).state == "closed")
issue.state_event = "reopen"
issue.save()
check("reopens an issue", project.issues.get(issue.iid).state == "opened")
issue.confidential = True
issue.save()
check("makes an issue confidential", project.issues.get(issue.iid).confidential is True)

other = gl.projects.create({"name": "Other", "namespace_id": group.id})
moved = project.issues.get(25)
moved.move(other.id)
check("moves an issue (next IID in the target)", moved.project_id == other.id and moved.iid == 1)
check("closes the moved original", project.issues.get(25).state == "closed")

desk = gl.projects.get(desk_path)
check("a Reporter+ sees the Service Desk address", desk.service_desk_address is not None and "@" in desk.service_desk_address)
check("a Reporter+ sees service_desk_reply_to", desk.issues.get(int(public_iid)).service_desk_reply_to is not None)

guest = gl.users.create({"username": "guest-" + suffix, "name": "Guest", "email": f"guest-{suffix}@example.com",
                         "password": "guest-password-" + suffix})
desk.members.create({"user_id": guest.id, "access_level": 10})
token = guest.personal_access_tokens.create({"name": "compat", "scopes": ["api"]})
check("an admin creates a token for another user", token.token.startswith("sdpat-"))

as_guest = gitlab.Gitlab(base, private_token=token.token)
as_guest.auth()
check("the guest authenticates", as_guest.user.username == "guest-" + suffix)
guest_desk = as_guest.projects.get(desk_path)
check("a Guest does not see the Service Desk address", guest_desk.service_desk_address is None)
guest_issue = guest_desk.issues.get(int(public_iid))
check("a Guest sees service_desk_reply_to as null", guest_issue.service_desk_reply_to is None)
try:
    guest_desk.issues.get(int(confidential_iid))
    check("a Guest gets 404 for a confidential issue", False, "the issue was returned")
except gitlab.exceptions.GitlabGetError as error:
    check("a Guest gets 404 for a confidential issue", error.response_code == 404, f"got {error.response_code}")
check("a Guest's list hides confidential issues",
      int(confidential_iid) not in [i.iid for i in guest_desk.issues.list(get_all=True)])

print(f"{passed} passed, 0 failed")
