package dev.servicedesk.issues.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NoteRepository extends JpaRepository<Note, Long> {

    List<Note> findByIssueIdOrderByCreatedAtAscIdAsc(long issueId);

    @org.springframework.data.jpa.repository.Query(
            "select n.issueId, count(n) from Note n where n.issueId in ?1 and n.system = false group by n.issueId")
    List<Object[]> countCommentsByIssue(java.util.Collection<Long> issueIds);
}
