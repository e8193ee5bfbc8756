package dev.servicedesk.servicedesk;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.projects.AccessPolicy;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.servicedesk.internal.ServiceDeskSetting;
import dev.servicedesk.servicedesk.internal.ServiceDeskSettingRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether a project's Service Desk is on, and its address for those allowed to see it (Reporter+). */
@Service
@Transactional(readOnly = true)
public class ServiceDeskService {

    private static final java.util.regex.Pattern PROJECT_KEY = java.util.regex.Pattern.compile("^([a-z0-9-]+)-(\\d+)-issue-$");

    private final ServiceDeskSettingRepository settings;
    private final ServiceDeskAddressProperties addresses;
    private final AccessPolicy policy;
    private final ProjectService projects;
    private final java.util.regex.Pattern addressPattern;

    ServiceDeskService(ServiceDeskSettingRepository settings, ServiceDeskAddressProperties addresses, AccessPolicy policy,
                       ProjectService projects) {
        this.settings = settings;
        this.addresses = addresses;
        this.policy = policy;
        this.projects = projects;
        // GitLab: the address with %{key} replaced by (.+), matched whole, case-insensitively, angle brackets optional.
        String[] parts = addresses.address().split(java.util.regex.Pattern.quote(ServiceDeskAddressProperties.KEY_PLACEHOLDER), 2);
        this.addressPattern = java.util.regex.Pattern.compile("^<?" + java.util.regex.Pattern.quote(parts[0]) + "(.+)"
                + java.util.regex.Pattern.quote(parts[1]) + ">?$", java.util.regex.Pattern.CASE_INSENSITIVE);
    }

    /** The project's settings; the defaults when it never changed them. */
    public ServiceDeskSettings settings(long projectId) {
        return settings.findById(projectId).map(ServiceDeskSetting::view).orElseGet(() -> ServiceDeskSettings.defaults(projectId));
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

    /**
     * The project a key names, for mail: GitLab's project key {@code <slug>-<id>-issue-} (the slug
     * must still match, so an old address of a renamed project stops working) or the legacy full
     * path {@code group/project}. Empty when there is no such project or its Service Desk is off.
     */
    public java.util.Optional<ProjectView> projectForKey(String key) {
        java.util.regex.Matcher projectKey = PROJECT_KEY.matcher(key.toLowerCase(java.util.Locale.ROOT));
        java.util.Optional<ProjectView> project;
        if (projectKey.matches()) {
            project = projects.find(Long.parseLong(projectKey.group(2)))
                    .filter(found -> found.slug().equals(projectKey.group(1)));
        } else if (key.contains("/") && !key.contains("+")) {
            project = projects.findByFullPath(key);
        } else {
            project = java.util.Optional.empty();
        }
        return project.filter(found -> isEnabled(found.id()));
    }

    /** The key in an address built from the instance address pattern, e.g. {@code incoming+KEY@host}. */
    public java.util.Optional<String> keyOf(String address) {
        if (address == null) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher matcher = addressPattern.matcher(address.trim());
        return matcher.matches() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }

    /** GitLab's project key: {@code <full_path_slug>-<project_id>-issue-}. */
    public static String projectKey(ProjectView project) {
        return project.slug() + "-" + project.id() + "-issue-";
    }
}
