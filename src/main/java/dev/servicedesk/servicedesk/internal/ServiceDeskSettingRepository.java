package dev.servicedesk.servicedesk.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceDeskSettingRepository extends JpaRepository<ServiceDeskSetting, Long> {
}
