package org.tongxing.app.attachments;

import java.io.IOException;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxing.app.approval.OperationError;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.security.StaffNames;
import org.tongxing.app.tasklist.CaseEvents;
import org.tongxing.app.tasklist.FlashNotice;
import org.tongxing.app.tasklist.TaskAccess;
import org.tongxing.app.tasklist.TaskNotFoundException;
import org.tongxing.app.tasklist.TasklistUser;
import org.tongxing.app.tasklist.UserTaskInfo;

/**
 * Uploading a document to a task's case (who works on the task may) and reading one (who may read
 * the task may, for the documents of its own case only). Every upload is in the case history.
 */
@Controller
class AttachmentController {

  private final TaskAccess access;
  private final CaseAttachments attachments;
  private final CaseEvents events;

  AttachmentController(TaskAccess access, CaseAttachments attachments, CaseEvents events) {
    this.access = access;
    this.attachments = attachments;
    this.events = events;
  }

  @PostMapping("/tasks/{taskKey}/attachments")
  String upload(
      @PathVariable long taskKey,
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "") String description,
      Authentication authentication,
      RedirectAttributes redirect)
      throws IOException {
    TasklistUser user = TasklistUser.of(authentication);
    UserTaskInfo task = access.requireActionable(taskKey, user);
    String name = StaffNames.displayNameOf(authentication);
    try {
      Attachment added =
          attachments.add(
              task.processInstanceKey(),
              task.key(),
              file.getOriginalFilename(),
              file.getBytes(),
              description,
              user.username(),
              name);
      events.record(
          task,
          null,
          CaseAction.ATTACHMENT_ADDED,
          user.username(),
          name,
          added.fileName(),
          added.description(),
          "{\"attachmentId\":" + added.id() + "}");
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE, FlashNotice.success("attachment.notice.added", added.fileName()));
    } catch (AttachmentRefusedException refused) {
      redirect.addFlashAttribute(
          OperationError.ATTRIBUTE,
          new OperationError("attachment", "file", refused.code(), refused.arguments()));
      redirect.addFlashAttribute(OperationError.ENTERED, Map.of("description", description));
    }
    return "redirect:/tasks/" + taskKey + "#attachments-heading";
  }

  @GetMapping("/tasks/{taskKey}/attachments/{id}")
  ResponseEntity<byte[]> download(
      @PathVariable long taskKey, @PathVariable long id, Authentication authentication) {
    UserTaskInfo task = access.requireViewable(taskKey, TasklistUser.of(authentication));
    Attachment attachment =
        attachments
            .find(id)
            .filter(found -> found.processInstanceKey() == task.processInstanceKey())
            .orElseThrow(() -> new TaskNotFoundException(taskKey));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(attachment.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(attachments.content(id));
  }
}
