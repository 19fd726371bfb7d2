package org.tongxing.app.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.tongxing.app.security.GroupAuthorities;
import org.tongxing.app.security.StaffNames;

/** Keeps the staff directory current: everyone who signs in is in it, with today's departments. */
@Component
class StaffSignInListener {

  private static final Logger LOG = LoggerFactory.getLogger(StaffSignInListener.class);

  private final StaffDirectory directory;

  StaffSignInListener(StaffDirectory directory) {
    this.directory = directory;
  }

  @EventListener
  void signedIn(AuthenticationSuccessEvent event) {
    var authentication = event.getAuthentication();
    try {
      directory.remember(
          new StaffMember(
              authentication.getName(),
              StaffNames.displayNameOf(authentication),
              GroupAuthorities.groupsOf(authentication).stream().toList()));
    } catch (RuntimeException e) {
      // the directory helps pick colleagues; a sign-in must not fail because of it
      LOG.warn(
          "Could not record {} in the staff directory: {}",
          authentication.getName(),
          e.getMessage());
    }
  }
}
