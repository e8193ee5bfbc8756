package dev.servicedesk.api;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.CreatedToken;
import dev.servicedesk.accounts.NewUser;
import dev.servicedesk.accounts.PersonalAccessTokenService;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.api.internal.ApiJsonMapper;
import dev.servicedesk.api.internal.ApiLookup;
import dev.servicedesk.api.internal.ApiParams;
import dev.servicedesk.api.internal.Pagination;
import dev.servicedesk.api.json.CurrentUserJson;
import dev.servicedesk.api.json.TokenJson;
import dev.servicedesk.api.json.UserJson;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v4")
class UsersApiController {

    private final UserService users;
    private final PersonalAccessTokenService tokens;
    private final ApiJsonMapper json;

    UsersApiController(UserService users, PersonalAccessTokenService tokens, ApiJsonMapper json) {
        this.users = users;
        this.tokens = tokens;
        this.json = json;
    }

    @GetMapping("/user")
    CurrentUserJson currentUser(Actor actor) {
        return json.currentUser(users.getById(ApiLookup.signedIn(actor).userId()));
    }

    @GetMapping("/users")
    List<UserJson> list(Actor actor, ApiParams params, HttpServletRequest request, HttpServletResponse response) {
        Pagination pagination = Pagination.of(params);
        String username = params.string("username");
        List<UserView> found = username != null
                ? users.findByUsername(username).stream().toList()
                : users.list().stream().filter(user -> !user.bot()).toList();
        pagination.writeHeaders(request, response, found.size());
        return ApiJsonMapper.page(found, pagination.page(), pagination.perPage()).stream().map(json::user).toList();
    }

    @GetMapping("/users/{id}")
    UserJson get(@PathVariable long id) {
        return json.user(users.getById(id));
    }

    /** Admin only, as on GitLab. */
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    CurrentUserJson create(Actor actor, ApiParams params) {
        ApiLookup.signedIn(actor);
        if (!actor.admin()) {
            throw new ForbiddenException("Only administrators may create users");
        }
        NewUser newUser = new NewUser(params.required("username"), params.required("name"), params.required("email"),
                params.string("password"), Boolean.TRUE.equals(params.bool("admin")));
        return json.currentUser(users.create(actor, newUser));
    }

    /** An admin creates a token for another user (GitLab's impersonation-free automation path). */
    @PostMapping("/users/{id}/personal_access_tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenJson createToken(Actor actor, @PathVariable long id, ApiParams params) {
        ApiLookup.signedIn(actor);
        if (!actor.admin()) {
            throw new ForbiddenException("Only administrators may create tokens for other users");
        }
        List<String> scopes = params.list("scopes");
        if (scopes == null) {
            throw new ApiParams.MissingParameterException("scopes");
        }
        LocalDate expiresAt;
        try {
            expiresAt = params.string("expires_at") == null ? null : LocalDate.parse(params.string("expires_at"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("expires_at", "expires_at is invalid");
        }
        CreatedToken created = tokens.create(actor, id, params.required("name"), new HashSet<>(scopes), expiresAt);
        return json.token(created.token(), created.secret());
    }
}
