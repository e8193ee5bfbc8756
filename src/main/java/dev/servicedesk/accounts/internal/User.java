package dev.servicedesk.accounts.internal;

import java.time.Instant;

import dev.servicedesk.accounts.UserState;
import dev.servicedesk.accounts.UserView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

@Entity
@Table(name = "users")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String name;
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean admin;
    private String state = UserState.ACTIVE.value();
    private boolean bot;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected User() {
    }

    public User(String username, String name, String email, String passwordHash, boolean admin) {
        this.username = username;
        this.name = name;
        this.email = email;
        this.passwordHash = passwordHash;
        this.admin = admin;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isBot() {
        return bot;
    }

    public boolean isAdmin() {
        return admin;
    }

    public UserState state() {
        return UserState.valueOf(state.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean canSignIn() {
        return !bot && passwordHash != null && state() == UserState.ACTIVE;
    }

    public void block() {
        if (state() == UserState.BLOCKED) {
            throw new IllegalStateException("user is already blocked");
        }
        state = UserState.BLOCKED.value();
    }

    public void unblock() {
        if (state() == UserState.ACTIVE) {
            throw new IllegalStateException("user is not blocked");
        }
        state = UserState.ACTIVE.value();
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public UserView view() {
        return new UserView(id, username, name, email, admin, state(), bot, createdAt);
    }
}
