package dev.servicedesk.issues;

import dev.servicedesk.accounts.UserService;
import dev.servicedesk.issues.internal.Note;
import dev.servicedesk.issues.internal.NoteRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Internal notes the Support Bot leaves for the team, e.g. that the configured Service Desk template is gone. */
@Service
public class SupportBotNotes {

    private final NoteRepository notes;
    private final UserService users;

    SupportBotNotes(NoteRepository notes, UserService users) {
        this.notes = notes;
        this.users = users;
    }

    /** Internal, so that no mail goes to the customer about it. */
    @Transactional
    public NoteView addInternal(long issueId, String text) {
        return notes.save(Note.comment(issueId, users.supportBotId(), text, true)).view();
    }
}
