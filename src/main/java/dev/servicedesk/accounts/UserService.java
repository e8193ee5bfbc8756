package dev.servicedesk.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.servicedesk.accounts.internal.User;
import dev.servicedesk.accounts.internal.UserRepository;
import dev.servicedesk.accounts.internal.UserSessions;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class UserService {

    public static final String SUPPORT_BOT_USERNAME = "support-bot";
    static final int MIN_PASSWORD_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final UserSessions sessions;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, UserSessions sessions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
    }

    public Optional<UserView> findById(long id) {
        return users.findById(id).map(User::view);
    }

    public UserView getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("User"));
    }

    /** The account with this address (case-insensitive), for mail from members. */
    public Optional<UserView> findByEmail(String email) {
        return email == null ? Optional.empty() : users.findByEmailIgnoreCase(email.strip()).map(User::view);
    }

    public Optional<UserView> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(User::view);
    }

    public Map<Long, UserView> findAllById(Collection<Long> ids) {
        return users.findAllById(ids).stream().map(User::view)
                .collect(Collectors.toMap(UserView::id, Function.identity()));
    }

    public List<UserView> list() {
        return users.findAllByOrderByUsernameAsc().stream().map(User::view).toList();
    }

    private volatile Long supportBotId;

    /** The Support Bot's id, looked up once: it authors every mailed-in issue, so it is asked for per mail. */
    public long supportBotId() {
        Long id = supportBotId;
        if (id == null) {
            id = supportBot().id();
            supportBotId = id;
        }
        return id;
    }

    public UserView supportBot() {
        return findByUsername(SUPPORT_BOT_USERNAME)
                .orElseThrow(() -> new IllegalStateException("the Support Bot user is created by the first migration"));
    }

    /** Admin only. */
    @Transactional
    public UserView create(Actor actor, NewUser newUser) {
        requireAdmin(actor);
        return createUnchecked(newUser);
    }

    @Transactional
    public UserView createUnchecked(NewUser newUser) {
        Username username = new Username(newUser.username());
        if (newUser.name() == null || newUser.name().isBlank()) {
            throw new InvalidInputException("name", "Name can't be blank");
        }
        String email = newUser.email() == null ? "" : newUser.email().trim();
        if (!email.matches("^[^@\\s]+@[^@\\s]+$")) {
            throw new InvalidInputException("email", "Email is invalid");
        }
        if (users.existsByUsernameIgnoreCase(username.value())) {
            throw new InvalidInputException("username", "Username has already been taken");
        }
        if (users.existsByEmailIgnoreCase(email)) {
            throw new InvalidInputException("email", "Email has already been taken");
        }
        String password = newUser.password() == null ? randomPassword() : newUser.password();
        checkPassword(password);
        User user = new User(username.value(), newUser.name().trim(), email, passwordEncoder.encode(password), newUser.admin());
        return users.save(user).view();
    }

    /** Also signs the user out everywhere. Blocking a blocked user changes nothing (a form sent twice). */
    @Transactional
    public UserView block(Actor actor, long userId) {
        requireAdmin(actor);
        User user = modifiableUser(actor, userId);
        if (user.state() != UserState.BLOCKED) {
            user.block();
            sessions.endAfterCommit(user.getUsername());
        }
        return user.view();
    }

    @Transactional
    public UserView unblock(Actor actor, long userId) {
        requireAdmin(actor);
        User user = modifiableUser(actor, userId);
        if (user.state() != UserState.ACTIVE) {
            user.unblock();
        }
        return user.view();
    }

    /** A change signs the user out everywhere, so that no session keeps the old rights. */
    @Transactional
    public UserView setAdmin(Actor actor, long userId, boolean admin) {
        requireAdmin(actor);
        User user = modifiableUser(actor, userId);
        if (user.isAdmin() != admin) {
            user.setAdmin(admin);
            sessions.endAfterCommit(user.getUsername());
        }
        return user.view();
    }

    public static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password", "Password is too short (minimum is " + MIN_PASSWORD_LENGTH + " characters)");
        }
    }

    private User modifiableUser(Actor actor, long userId) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("User"));
        if (user.isBot()) {
            throw new ForbiddenException("The Support Bot cannot be changed");
        }
        if (actor.is(user.getId())) {
            throw new ForbiddenException("You cannot block yourself or take away your own admin rights");
        }
        return user;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.admin()) {
            throw new ForbiddenException("Only administrators may manage users");
        }
    }
}
