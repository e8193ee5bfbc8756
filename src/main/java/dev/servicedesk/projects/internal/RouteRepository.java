package dev.servicedesk.projects.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RouteRepository extends JpaRepository<Route, Long> {

    @Query("select count(r) > 0 from Route r where lower(r.path) = lower(?1)")
    boolean existsByPath(String path);
}
