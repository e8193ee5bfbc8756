package dev.servicedesk.projects.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GroupRepository extends JpaRepository<Group, Long> {

    Optional<Group> findByFullPathIgnoreCase(String fullPath);

    List<Group> findByParentIdOrderByNameAsc(Long parentId);

    List<Group> findByIdInOrderByFullPathAsc(Collection<Long> ids);

    List<Group> findAllByOrderByFullPathAsc();

    /** The group and all its ancestors, nearest first. */
    @Query(nativeQuery = true, value = """
            with recursive chain(id, parent_id, depth) as (
                select id, parent_id, 0 from groups where id = ?1
                union all
                select g.id, g.parent_id, c.depth + 1 from groups g join chain c on g.id = c.parent_id
            )
            select id from chain order by depth""")
    List<Long> selfAndAncestorIds(long groupId);

    /** The group and all its descendants. */
    @Query(nativeQuery = true, value = """
            with recursive tree(id) as (
                select id from groups where id = ?1
                union all
                select g.id from groups g join tree t on g.parent_id = t.id
            )
            select id from tree""")
    List<Long> selfAndDescendantIds(long groupId);
}
