package org.tongxing.app.attachments;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongxing.app.tasklist.TaskAccessPolicy;
import org.tongxing.app.tasklist.TaskPolicyExtension;
import org.tongxing.app.tasklist.TasklistUser;
import org.tongxing.app.tasklist.UserTaskInfo;

/** The task page's documents: the case's attachments, and whether the user may add one. */
@Component
class AttachmentsPanel implements TaskPolicyExtension {

  private final CaseAttachments attachments;
  private final AttachmentProperties properties;

  AttachmentsPanel(CaseAttachments attachments, AttachmentProperties properties) {
    this.attachments = attachments;
    this.properties = properties;
  }

  @Override
  public void addToPage(
      UserTaskInfo task, TasklistUser user, Locale locale, Map<String, Object> model) {
    model.put("attachments", attachments.ofCase(task.processInstanceKey()));
    model.put("attachmentUpload", task.isOpen() && TaskAccessPolicy.mayAccess(user, task));
    model.put("attachmentTypes", String.join("、", properties.types()));
    model.put("attachmentMaxMegabytes", properties.maxSize().toMegabytes());
  }
}
