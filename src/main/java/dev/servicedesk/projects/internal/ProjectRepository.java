package dev.servicedesk.projects.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectRepository extends JpaRepository<Project, Long> {

    Optional<Project> findByFullPathIgnoreCase(String fullPath);

    List<Project> findByGroupIdOrderByNameAsc(long groupId);

    List<Project> findByGroupIdInOrderByFullPathAsc(Collection<Long> groupIds);

    List<Project> findAllByOrderByFullPathAsc();

    @Query("select p from Project p where p.visibility in ?1 order by p.fullPath")
    List<Project> findByVisibilityIn(Collection<String> visibilities);

    @Query(nativeQuery = true, value = """
            select p.* from projects p
            where p.id in (select m.project_id from members m where m.user_id = ?1 and m.project_id is not null)
               or p.group_id in (
                    with recursive tree(id) as (
                        select m.group_id from members m where m.user_id = ?1 and m.group_id is not null
                        union
                        select g.id from groups g join tree t on g.parent_id = t.id)
                    select id from tree)
            order by p.full_path""")
    List<Project> findWithMembership(long userId);
}
