package dev.servicedesk.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceDeskSettingRepository extends JpaRepository<ServiceDeskSetting, Long> {

    List<ServiceDeskSetting> findByProjectKey(String projectKey);
}
