package org.tongxing.app.tasklist;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tongxing.app.casehistory.CaseHistory;
import org.tongxing.app.process.ProcessDefinitions;
import org.tongxing.app.process.ProcessModelReader;
import org.tongxing.app.security.DemoUsersConfiguration;
import org.tongxing.app.security.SecurityConfiguration;
import org.tongxing.app.tasklist.views.SavedViews;

/**
 * A web slice with the tasklist's controllers, the real security rules, the language set-up and the
 * tasklist's settings; the test mocks {@link TasklistGateway}, and the deployed processes and saved
 * views are mocks too (empty unless a test says otherwise).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
    controllers = {
      org.tongxing.app.tasklist.queue.QueueController.class,
      TaskDetailController.class,
      TaskAssignmentController.class,
      org.tongxing.app.tasklist.views.SavedViewController.class
    })
@Import({
  SecurityConfiguration.class,
  DemoUsersConfiguration.class,
  TasklistConfiguration.class,
  TaskAccess.class,
  org.tongxing.app.tasklist.form.FormJsMessages.class
})
@MockitoBean(
    types = {
      ProcessDefinitions.class,
      SavedViews.class,
      ProcessModelReader.class,
      CaseHistory.class,
      CaseEvents.class
    })
public @interface TasklistWebTest {}
