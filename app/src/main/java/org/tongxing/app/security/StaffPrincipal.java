package org.tongxing.app.security;

/**
 * A signed-in member of staff, whatever signed them in (demo users, LDAP, OIDC): the name people
 * read. The user name for the engine is the authentication's name.
 */
public interface StaffPrincipal {

  String getDisplayName();
}
