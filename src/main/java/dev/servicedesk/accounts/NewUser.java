package dev.servicedesk.accounts;

/** What an admin types to create a user (the password may be null for "generate one"). */
public record NewUser(String username, String name, String email, String password, boolean admin) {
}
