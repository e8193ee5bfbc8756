package dev.servicedesk.accounts.web;

import dev.servicedesk.accounts.NewUser;

/** The admin's new user form. An empty password means "generate one". */
public class CreateUserForm {

    private String username = "";
    private String name = "";
    private String email = "";
    private String password = "";
    private boolean admin;

    boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    NewUser toNewUser(String generatedPassword) {
        return new NewUser(username == null ? null : username.trim(), name, email,
                hasPassword() ? password : generatedPassword, admin);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isAdmin() { return admin; }
    public void setAdmin(boolean admin) { this.admin = admin; }
}
