/**
 * The REST API under {@code /api/v4}, shaped like GitLab's so that its clients (python-gitlab,
 * scripts with curl) work unchanged. Authentication by personal access token; the same access
 * policy as the pages; errors as JSON with GitLab's status codes.
 */
package dev.servicedesk.api;
