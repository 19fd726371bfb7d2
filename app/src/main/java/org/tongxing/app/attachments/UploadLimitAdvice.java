package org.tongxing.app.attachments;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxing.app.approval.OperationError;

/**
 * A file larger than the upload limit is refused before any controller sees it: back to the task
 * page with the message tied to the file field, as any other refused upload.
 */
@ControllerAdvice
class UploadLimitAdvice {

  private final DataSize maxSize;

  /** Reads the setting itself: a controller advice is in every web slice, the properties not. */
  UploadLimitAdvice(@Value("${tongxing.attachments.max-size:10MB}") DataSize maxSize) {
    this.maxSize = maxSize;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        OperationError.ATTRIBUTE,
        new OperationError(
            "attachment",
            "file",
            CaseAttachments.TOO_LARGE,
            List.of("", String.valueOf(maxSize.toMegabytes()))));
    String path = request.getRequestURI();
    String taskPage =
        path.endsWith("/attachments")
            ? path.substring(0, path.length() - "/attachments".length())
            : "/tasks";
    return "redirect:" + taskPage.substring(request.getContextPath().length());
  }
}
