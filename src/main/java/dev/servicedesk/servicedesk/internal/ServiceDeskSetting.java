package dev.servicedesk.servicedesk.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "service_desk_settings")
public class ServiceDeskSetting {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    private boolean enabled;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ServiceDeskSetting() {
    }

    public ServiceDeskSetting(long projectId) {
        this.projectId = projectId;
        this.updatedAt = Instant.now();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        this.updatedAt = Instant.now();
    }
}
