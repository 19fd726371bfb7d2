package org.tongxing.app.tasklist;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.tongxing.app.security.DemoUsersConfiguration;
import org.tongxing.app.security.SecurityConfiguration;

/**
 * A web slice with the tasklist's controllers, the real security rules, the language set-up and the
 * tasklist's settings; the test mocks {@link TasklistGateway}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
    controllers = {
      TaskListController.class,
      TaskDetailController.class,
      TaskAssignmentController.class
    })
@Import({SecurityConfiguration.class, DemoUsersConfiguration.class, TasklistConfiguration.class})
@interface TasklistWebTest {}
