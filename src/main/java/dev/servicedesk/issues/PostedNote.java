package dev.servicedesk.issues;

import java.util.List;

/** A posted comment ({@code null} when it held only quick actions) and what its quick actions refused. */
public record PostedNote(NoteView note, List<String> problems) {

    public PostedNote {
        problems = List.copyOf(problems);
    }
}
