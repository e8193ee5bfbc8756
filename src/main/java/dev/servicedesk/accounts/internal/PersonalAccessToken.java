package dev.servicedesk.accounts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import dev.servicedesk.accounts.TokenView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal access token as stored: the digest of its secret, never the secret. */
@Entity
@Table(name = "personal_access_tokens")
public class PersonalAccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    private String name;

    @Column(name = "token_digest")
    private String tokenDigest;

    private String scopes;

    @Column(name = "expires_at")
    private LocalDate expiresAt;

    private boolean revoked;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PersonalAccessToken() {
    }

    public PersonalAccessToken(long userId, String name, String tokenDigest, Set<String> scopes, LocalDate expiresAt) {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a token needs at least one scope");
        }
        this.userId = userId;
        this.name = name;
        this.tokenDigest = tokenDigest;
        this.scopes = String.join(",", new TreeSet<>(scopes));
        this.expiresAt = expiresAt;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public Set<String> scopes() {
        return Set.of(scopes.split(","));
    }

    public LocalDate getExpiresAt() {
        return expiresAt;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public void revoke() {
        if (revoked) {
            throw new IllegalStateException("token is already revoked");
        }
        revoked = true;
    }

    public TokenView view() {
        return new TokenView(id, userId, name, scopes(), expiresAt, revoked, createdAt, lastUsedAt);
    }
}
