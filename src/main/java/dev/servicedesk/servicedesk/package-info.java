/**
 * Per-project Service Desk settings and the addresses customers write to. The project key in
 * an address follows GitLab: {@code <full_path_slug>-<project_id>-issue-}.
 */
package dev.servicedesk.servicedesk;
