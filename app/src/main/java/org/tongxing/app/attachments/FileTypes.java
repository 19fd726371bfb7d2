package org.tongxing.app.attachments;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a file is, by its first bytes rather than by its name or what the browser claims: a file
 * named {@code 证明.pdf} must start like a PDF. Office files of 2007 and later and OFD (the national
 * layout format) are ZIP containers; older Office files are OLE compound documents.
 */
final class FileTypes {

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
  private static final byte[] OLE = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};

  private record Type(byte[] magic, String contentType) {}

  private static final Map<String, Type> BY_EXTENSION =
      Map.of(
          "pdf", new Type(PDF, "application/pdf"),
          "ofd", new Type(ZIP, "application/ofd"),
          "png", new Type(PNG, "image/png"),
          "jpg", new Type(JPEG, "image/jpeg"),
          "jpeg", new Type(JPEG, "image/jpeg"),
          "docx",
              new Type(
                  ZIP, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          "xlsx",
              new Type(ZIP, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          "doc", new Type(OLE, "application/msword"),
          "xls", new Type(OLE, "application/vnd.ms-excel"));

  private FileTypes() {}

  static String extensionOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The content type the file is, if its content starts as its extension says. */
  static Optional<String> contentTypeOf(String extension, byte[] content) {
    Type type = BY_EXTENSION.get(extension);
    if (type == null || content.length < type.magic().length) {
      return Optional.empty();
    }
    return Arrays.equals(content, 0, type.magic().length, type.magic(), 0, type.magic().length)
        ? Optional.of(type.contentType())
        : Optional.empty();
  }
}
