package org.tongxing.app.attachments;

import java.util.Optional;

/**
 * Checks an upload for malware before it is stored. The default accepts everything; with {@code
 * tongxing.attachments.clamd-host} set, {@link ClamdScanner} asks a ClamAV daemon.
 */
public interface AttachmentScanner {

  /** What was found, or empty when the file is clean; throws when the scanner cannot answer. */
  Optional<String> findThreat(String fileName, byte[] content);
}
