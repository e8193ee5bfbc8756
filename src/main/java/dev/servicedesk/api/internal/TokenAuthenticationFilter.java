package dev.servicedesk.api.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.servicedesk.accounts.PersonalAccessTokenService;
import dev.servicedesk.accounts.TokenOwner;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads {@code PRIVATE-TOKEN: <token>} or {@code Authorization: Bearer <token>}. A token that is
 * wrong, revoked or expired is a 401, never a silent fall-back to anonymous; a {@code read_api}
 * token may only read.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final PersonalAccessTokenService tokens;
    private final ObjectMapper json;

    TokenAuthenticationFilter(PersonalAccessTokenService tokens, ObjectMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String raw = token(request);
        if (raw == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenOwner> owner = tokens.authenticate(raw);
        if (owner.isEmpty()) {
            ApiErrorResponses.write(json, response, HttpStatus.UNAUTHORIZED, "401 Unauthorized");
            return;
        }
        if (!owner.get().canWrite() && !READ_METHODS.contains(request.getMethod())) {
            ApiErrorResponses.writeError(json, response, HttpStatus.FORBIDDEN, "insufficient_scope",
                    "The request requires higher privileges than provided by the access token.");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new TokenAuthentication(owner.get()));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String token(HttpServletRequest request) {
        String header = request.getHeader("PRIVATE-TOKEN");
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return null;
    }

    /** The authenticated caller of one API request; its principal is the {@link TokenOwner}. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final TokenOwner owner;

        TokenAuthentication(TokenOwner owner) {
            super(List.of(new SimpleGrantedAuthority("ROLE_API")));
            this.owner = owner;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return owner;
        }
    }
}
