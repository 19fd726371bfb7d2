package org.tongxing.app.web;

import java.util.List;

/**
 * Who is signed in, as the page header shows it.
 *
 * @param groups department ids; the page turns them into department names
 */
public record CurrentUserView(String displayName, List<String> groups) {}
