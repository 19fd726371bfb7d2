package org.tongxing.app.attachments;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Attachments of cases ({@code tongxing.attachments}).
 *
 * @param storage {@code database} (the app's database) or {@code folder}
 * @param folder where {@code folder} storage keeps the files
 * @param maxSize the largest file accepted (keep {@code spring.servlet.multipart.max-file-size} at
 *     least this large)
 * @param types the file types accepted, by extension; each is checked against the file's content
 * @param clamdHost a ClamAV daemon that scans every upload, or empty for none
 */
@ConfigurationProperties("tongxing.attachments")
public record AttachmentProperties(
    @DefaultValue("database") String storage,
    @DefaultValue("./data/attachments") Path folder,
    @DefaultValue("10MB") DataSize maxSize,
    @DefaultValue({"pdf", "ofd", "jpg", "jpeg", "png", "docx", "xlsx", "doc", "xls"})
        List<String> types,
    @DefaultValue("") String clamdHost,
    @DefaultValue("3310") int clamdPort) {

  public boolean inFolder() {
    return "folder".equalsIgnoreCase(storage);
  }
}
