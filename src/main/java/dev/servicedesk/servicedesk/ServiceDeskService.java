package dev.servicedesk.servicedesk;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.projects.AccessPolicy;
import dev.servicedesk.projects.FullPath;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.servicedesk.internal.ServiceDeskSetting;
import dev.servicedesk.servicedesk.internal.ServiceDeskSettingRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether a project's Service Desk is on, and its address for those allowed to see it (Reporter+). */
@Service
@Transactional(readOnly = true)
public class ServiceDeskService {

    private final ServiceDeskSettingRepository settings;
    private final ServiceDeskAddressProperties addresses;
    private final AccessPolicy policy;

    ServiceDeskService(ServiceDeskSettingRepository settings, ServiceDeskAddressProperties addresses, AccessPolicy policy) {
        this.settings = settings;
        this.addresses = addresses;
        this.policy = policy;
    }

    public boolean isEnabled(long projectId) {
        return settings.findById(projectId).map(ServiceDeskSetting::isEnabled).orElse(false);
    }

    /** Maintainer+ switch the Service Desk on or off. */
    @Transactional
    public void setEnabled(Actor actor, long projectId, boolean enabled) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        if (!access.canAdminProject()) {
            throw new ForbiddenException("You need at least the Maintainer role to change the Service Desk settings");
        }
        ServiceDeskSetting setting = settings.findById(projectId).orElseGet(() -> new ServiceDeskSetting(projectId));
        setting.setEnabled(enabled);
        settings.save(setting);
    }

    /** The address customers write to, or null when the Service Desk is off or the caller is below Reporter. */
    public String visibleAddress(ProjectAccess access) {
        if (!access.canSeeServiceDeskAddress() || !isEnabled(access.project().id())) {
            return null;
        }
        return addresses.withKey(projectKey(access.project()));
    }

    /** GitLab's project key: {@code <full_path_slug>-<project_id>-issue-}. */
    public static String projectKey(ProjectView project) {
        return new FullPath(project.fullPath()).slug() + "-" + project.id() + "-issue-";
    }
}
