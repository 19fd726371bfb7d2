package org.tongxing.app.staff;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongxing.app.security.DemoUsersProperties;

/**
 * Puts the demo users into the staff directory at start-up, so that a task can be handed over to a
 * demo colleague who has not signed in yet.
 */
@Component
@ConditionalOnProperty(
    name = "tongxing.demo-users.enabled",
    havingValue = "true",
    matchIfMissing = true)
class DemoStaffSeeder {

  private final StaffDirectory directory;
  private final DemoUsersProperties demoUsers;

  DemoStaffSeeder(StaffDirectory directory, DemoUsersProperties demoUsers) {
    this.directory = directory;
    this.demoUsers = demoUsers;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    demoUsers
        .effectiveUsers()
        .forEach(
            user ->
                directory.remember(
                    new StaffMember(user.username(), user.displayName(), user.groups())));
  }
}
