package dev.servicedesk.issues;

import java.io.InputStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.issues.internal.UploadFileName;
import dev.servicedesk.issues.internal.UploadStore;
import dev.servicedesk.projects.AccessPolicy;
import dev.servicedesk.projects.ProjectAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to issues and notes, stored in PostgreSQL so that every instance serves them.
 * Each one gets a random secret of 128 bits in its URL, as on GitLab; reading it also needs read
 * access to the project (404 otherwise).
 */
@Service
@Transactional(readOnly = true)
public class UploadService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CONTENT_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");
    private static final Pattern REFERENCE = Pattern.compile("/-/project/(\\d+)/uploads/([0-9a-f]{32})/");

    private final UploadStore store;
    private final AccessPolicy policy;
    private final UploadProperties properties;

    UploadService(UploadStore store, AccessPolicy policy, UploadProperties properties) {
        this.store = store;
        this.policy = policy;
        this.properties = properties;
    }

    /**
     * A file from a person (web form, API) who may create issues in the project; at most
     * {@code servicedesk.uploads.max_size}. The caller puts {@link UploadView#markdown()} into a
     * description or note.
     */
    @Transactional
    public UploadView upload(Actor actor, long projectId, String fileName, String contentType, long size, InputStream content) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        if (!access.canCreateIssue()) {
            throw new ForbiddenException("Sign in to upload files");
        }
        if (size > properties.maxSize().toBytes()) {
            throw new InvalidInputException("file", "File is too large (maximum is " + megabytes(properties.maxSize().toBytes()) + ")");
        }
        if (size <= 0) {
            throw new InvalidInputException("file", "The file is empty");
        }
        return store.insert(projectId, newSecret(), UploadFileName.of(fileName, "file"), contentType(contentType), size,
                content, actor.userId());
    }

    /**
     * A file from a customer's mail, for the mail pipeline, which decided already that the project
     * takes mail; the mail's own size limit bounds it.
     */
    @Transactional
    public UploadView storeFromMail(long projectId, String fileName, String contentType, long size, InputStream content) {
        return store.insert(projectId, newSecret(), UploadFileName.of(fileName, "attachment"), contentType(contentType), size,
                content, null);
    }

    /** The upload behind a URL, or 404 when the caller may not read the project or the name does not match. */
    public UploadView get(Actor actor, long projectId, String secret, String fileName) {
        policy.readableProject(actor, projectId);
        return store.find(projectId, secret)
                .filter(upload -> upload.fileName().equals(fileName))
                .orElseThrow(() -> new NotFoundException("File"));
    }

    /**
     * The bytes, read in slices as the stream is consumed; close it when done. No access check:
     * for callers that got the upload from this service already (a download, a mail attachment).
     */
    public InputStream openContent(UploadView upload) {
        return store.open(upload);
    }

    /** This project's uploads that a Markdown text links to, in the order of their first mention. */
    public List<UploadView> referencedIn(long projectId, String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return List.of();
        }
        Set<String> secrets = new LinkedHashSet<>();
        Matcher matcher = REFERENCE.matcher(markdown);
        while (matcher.find()) {
            if (matcher.group(1).equals(Long.toString(projectId))) {
                secrets.add(matcher.group(2));
            }
        }
        Map<String, UploadView> found = store.findAll(projectId, secrets).stream()
                .collect(Collectors.toMap(UploadView::secret, Function.identity()));
        return secrets.stream().filter(found::containsKey).map(found::get).toList();
    }

    private static String newSecret() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The bare MIME type, lower-cased; anything a browser or mail made up becomes application/octet-stream. */
    static String contentType(String declared) {
        if (declared == null) {
            return "application/octet-stream";
        }
        String type = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return CONTENT_TYPE.matcher(type).matches() ? type : "application/octet-stream";
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
