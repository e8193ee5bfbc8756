package dev.servicedesk.issues;

public record NoteAdded(long noteId, long issueId, long projectId, long authorId, boolean internal, boolean system) {
}
