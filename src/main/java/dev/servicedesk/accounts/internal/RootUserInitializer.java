package dev.servicedesk.accounts.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import dev.servicedesk.accounts.NewUser;
import dev.servicedesk.accounts.RootAccountProperties;
import dev.servicedesk.accounts.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the {@code root} administrator on the first start, like GitLab's initial root password. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RootUserInitializer implements ApplicationRunner {

    static final String ROOT = "root";
    private static final Logger log = LoggerFactory.getLogger(RootUserInitializer.class);

    private final UserRepository users;
    private final UserService userService;
    private final RootAccountProperties properties;

    RootUserInitializer(UserRepository users, UserService userService, RootAccountProperties properties) {
        this.users = users;
        this.userService = userService;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.existsByUsernameIgnoreCase(ROOT)) {
            log.info("Sign in as root with the password set at the first start ({} or SERVICEDESK_ROOT_PASSWORD)",
                    properties.initialPasswordFile().toAbsolutePath().normalize());
            return;
        }
        boolean generated = properties.password() == null || properties.password().isBlank();
        String password = generated ? UserService.randomPassword() : properties.password();
        userService.createUnchecked(new NewUser(ROOT, "Administrator", "root@servicedesk.localhost", password, true));
        if (generated) {
            Path file = writeInitialPassword(password);
            log.info("Created the administrator 'root' with the generated password: {} (also written to {}; change it or delete the file)",
                    password, file);
        } else {
            log.info("Created the administrator 'root' with the password from SERVICEDESK_ROOT_PASSWORD");
        }
    }

    private Path writeInitialPassword(String password) {
        Path file = properties.initialPasswordFile().toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# Written once at " + Instant.now() + "; only valid until changed.\nPassword: " + password + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file stays readable by the user's own account anyway
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the initial root password to " + file, e);
        }
    }
}
