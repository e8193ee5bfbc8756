package dev.servicedesk.issues.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LabelRepository extends JpaRepository<Label, Long> {

    List<Label> findByProjectIdOrderByTitleAsc(long projectId);

    Optional<Label> findByProjectIdAndTitleIgnoreCase(long projectId, String title);

    @Query("select l from Label l where l.projectId = ?1 and lower(l.title) in ?2")
    List<Label> findByProjectIdAndLowerTitleIn(long projectId, Collection<String> lowerTitles);

    List<Label> findByIdIn(Collection<Long> ids);
}
