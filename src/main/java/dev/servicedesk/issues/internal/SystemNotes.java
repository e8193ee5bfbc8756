package dev.servicedesk.issues.internal;

import dev.servicedesk.issues.NoteAdded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes the "closed", "added ~bug label" lines of an issue's history. */
@Component
public class SystemNotes {

    private final NoteRepository notes;
    private final ApplicationEventPublisher events;

    SystemNotes(NoteRepository notes, ApplicationEventPublisher events) {
        this.notes = notes;
        this.events = events;
    }

    public void add(Issue issue, long authorId, String text) {
        Note note = notes.save(Note.system(issue.getId(), authorId, text));
        events.publishEvent(new NoteAdded(note.getId(), issue.getId(), issue.getProjectId(), authorId, false, true));
    }
}
