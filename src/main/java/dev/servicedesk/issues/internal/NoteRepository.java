package dev.servicedesk.issues.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NoteRepository extends JpaRepository<Note, Long> {

    List<Note> findByIssueIdOrderByCreatedAtAscIdAsc(long issueId);
}
