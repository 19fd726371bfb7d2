package org.tongxing.app.approval;

/** A colleague to pick in an operation's form: user name, display name and department. */
public record StaffChoice(String username, String label, String department) {}
