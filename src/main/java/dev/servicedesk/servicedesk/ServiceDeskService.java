package dev.servicedesk.servicedesk;

import java.util.ArrayList;
import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.issues.DescriptionTemplateService;
import dev.servicedesk.projects.Visibility;
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

    /** The mailbox name the inbound module gives mail from {@code service_desk_email}. */
    public static final String SERVICE_DESK_MAILBOX = "service_desk_email";
    public static final int MAX_SUFFIX_LENGTH = 255;
    public static final int MAX_OUTGOING_NAME_LENGTH = 255;

    private static final java.util.regex.Pattern PROJECT_KEY = java.util.regex.Pattern.compile("^([a-z0-9-]+)-(\\d+)-issue-$");
    private static final java.util.regex.Pattern SUFFIX = java.util.regex.Pattern.compile("^[a-z0-9_]+$");
    private static final java.util.regex.Pattern CUSTOM_KEY = java.util.regex.Pattern.compile("^([a-z0-9-]+)-([a-z0-9_]+)$");

    private final ServiceDeskSettingRepository settings;
    private final ServiceDeskAddressProperties addresses;
    private final AccessPolicy policy;
    private final ProjectService projects;
    private final ServiceDeskEmailProperties serviceDeskEmail;
    private final DescriptionTemplateService templates;
    private final java.util.regex.Pattern addressPattern;
    private final java.util.regex.Pattern serviceDeskAddressPattern;

    ServiceDeskService(ServiceDeskSettingRepository settings, ServiceDeskAddressProperties addresses, AccessPolicy policy,
                       ProjectService projects, ServiceDeskEmailProperties serviceDeskEmail, DescriptionTemplateService templates) {
        this.settings = settings;
        this.addresses = addresses;
        this.policy = policy;
        this.projects = projects;
        this.serviceDeskEmail = serviceDeskEmail;
        this.templates = templates;
        this.addressPattern = keyPattern(addresses.address());
        this.serviceDeskAddressPattern = serviceDeskEmail.configured() ? keyPattern(serviceDeskEmail.address()) : null;
    }

    // GitLab: the address with %{key} replaced by (.+), matched whole, case-insensitively, angle brackets optional.
    private static java.util.regex.Pattern keyPattern(String address) {
        String[] parts = address.split(java.util.regex.Pattern.quote(ServiceDeskAddressProperties.KEY_PLACEHOLDER), 2);
        return java.util.regex.Pattern.compile("^<?" + java.util.regex.Pattern.quote(parts[0]) + "(.+)"
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

    /**
     * Maintainer+ change every setting at once. The custom suffix must match {@code ^[a-z0-9_]+$}
     * (at most 255 characters) and be unique among projects with the same path slug, because the
     * address is {@code <slug>-<suffix>}; the template must be one the project can use; a public
     * project's Service Desk issues are always confidential.
     */
    @Transactional
    public ServiceDeskSettings update(Actor actor, long projectId, ServiceDeskSettingsChange change) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        if (!access.canAdminProject()) {
            throw new ForbiddenException("You need at least the Maintainer role to change the Service Desk settings");
        }
        ProjectView project = access.project();
        String suffix = checkSuffix(project, change.customSuffix());
        String template = blankToNull(change.issueTemplateKey());
        if (template != null) {
            template = templates.find(projectId, template)
                    .orElseThrow(() -> new InvalidInputException("issueTemplateKey", "Template does not exist")).name();
        }
        String outgoingName = blankToNull(change.outgoingName());
        if (outgoingName != null && outgoingName.length() > MAX_OUTGOING_NAME_LENGTH) {
            throw new InvalidInputException("outgoingName", "Email display name is too long (maximum is " + MAX_OUTGOING_NAME_LENGTH + " characters)");
        }
        boolean confidential = change.confidentialByDefault() || project.visibility() == Visibility.PUBLIC;
        ServiceDeskSetting setting = settings.findById(projectId).orElseGet(() -> new ServiceDeskSetting(projectId));
        setting.setEnabled(change.enabled());
        setting.change(suffix, template, outgoingName, confidential, change.reopenIssueOnExternalParticipantNote(),
                change.addExternalParticipantsFromCc());
        return settings.save(setting).view();
    }

    private String checkSuffix(ProjectView project, String value) {
        String suffix = blankToNull(value);
        if (suffix == null) {
            return null;
        }
        if (suffix.length() > MAX_SUFFIX_LENGTH) {
            throw new InvalidInputException("customSuffix", "Custom email address suffix is too long (maximum is " + MAX_SUFFIX_LENGTH + " characters)");
        }
        if (!SUFFIX.matcher(suffix).matches()) {
            throw new InvalidInputException("customSuffix", "Custom email address suffix can contain only lowercase letters, digits, and '_'.");
        }
        boolean taken = settings.findByProjectKey(suffix).stream()
                .map(other -> other.view().projectId())
                .filter(otherId -> otherId != project.id())
                .flatMap(otherId -> projects.find(otherId).stream())
                .anyMatch(other -> other.slug().equals(project.slug()));
        if (taken) {
            throw new InvalidInputException("customSuffix", "Custom email address suffix is already in use by another project with the same path slug");
        }
        return suffix;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the separate Service Desk mailbox ({@code service_desk_email}) is configured, so custom suffixes work. */
    public boolean customAddressesAvailable() {
        return serviceDeskEmail.configured();
    }

    /** The custom-suffix alias {@code <service_desk_email local part>+<slug>-<suffix>@domain}, or null without one. */
    public String customAddress(ProjectView project, ServiceDeskSettings current) {
        if (!serviceDeskEmail.configured() || current.projectKey() == null) {
            return null;
        }
        return serviceDeskEmail.withKey(project.slug() + "-" + current.projectKey());
    }

    /**
     * Every address of the project for a caller who may see them (Reporter+) while Service Desk
     * is on: the instance address with the project key, then the custom-suffix alias if set.
     */
    public List<String> visibleAddresses(ProjectAccess access) {
        String incoming = visibleAddress(access);
        if (incoming == null) {
            return List.of();
        }
        List<String> all = new ArrayList<>(List.of(incoming));
        String custom = customAddress(access.project(), settings(access.project().id()));
        if (custom != null) {
            all.add(custom);
        }
        return all;
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

    /**
     * As {@link #projectForKey(String)}, and for mail that came through the Service Desk mailbox
     * ({@code service_desk_email}) also a custom-suffix key {@code <slug>-<suffix>}.
     */
    public java.util.Optional<ProjectView> projectForKey(String key, String mailbox) {
        java.util.Optional<ProjectView> project = projectForKey(key);
        if (project.isPresent() || !SERVICE_DESK_MAILBOX.equals(mailbox)) {
            return project;
        }
        java.util.regex.Matcher custom = CUSTOM_KEY.matcher(key.toLowerCase(java.util.Locale.ROOT));
        if (!custom.matches()) {
            return java.util.Optional.empty();
        }
        return settings.findByProjectKey(custom.group(2)).stream()
                .filter(ServiceDeskSetting::isEnabled)
                .flatMap(setting -> projects.find(setting.view().projectId()).stream())
                .filter(found -> found.slug().equals(custom.group(1)))
                .findFirst();
    }

    /**
     * The key in an address built from the instance address pattern, e.g. {@code incoming+KEY@host},
     * or from the Service Desk mailbox's pattern ({@code contact+KEY@host}) when that is configured.
     */
    public java.util.Optional<String> keyOf(String address) {
        if (address == null) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher matcher = addressPattern.matcher(address.trim());
        if (matcher.matches()) {
            return java.util.Optional.of(matcher.group(1));
        }
        if (serviceDeskAddressPattern != null) {
            java.util.regex.Matcher custom = serviceDeskAddressPattern.matcher(address.trim());
            if (custom.matches()) {
                return java.util.Optional.of(custom.group(1));
            }
        }
        return java.util.Optional.empty();
    }

    /** GitLab's project key: {@code <full_path_slug>-<project_id>-issue-}. */
    public static String projectKey(ProjectView project) {
        return project.slug() + "-" + project.id() + "-issue-";
    }
}
