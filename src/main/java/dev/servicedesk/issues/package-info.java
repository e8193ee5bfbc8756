/**
 * Issues with per-project IIDs, notes (public, internal, system), labels and assignees. Other
 * modules react to its events ({@link dev.servicedesk.issues.IssueCreated},
 * {@link dev.servicedesk.issues.NoteAdded}); it depends on no mail module.
 */
package dev.servicedesk.issues;
