/**
 * Groups (nested), projects, full paths and slugs, memberships with GitLab's roles, and the one
 * access policy ({@link dev.servicedesk.projects.AccessPolicy}) that every other module asks.
 */
package dev.servicedesk.projects;
