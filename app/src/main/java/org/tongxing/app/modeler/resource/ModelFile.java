package org.tongxing.app.modeler.resource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A BPMN, DMN or form file: its name (as deployed), its kind and its text. */
public record ModelFile(String fileName, ModelKind kind, String content) {

  public ModelFile {
    if (fileName == null || fileName.isBlank()) {
      throw new IllegalArgumentException("Expected a file name, but got none");
    }
    if (content == null) {
      throw new IllegalArgumentException("Expected the content of " + fileName + ", but got none");
    }
  }

  /** A file whose kind its name says, or an error naming the accepted extensions. */
  public static ModelFile of(String fileName, String content) {
    ModelKind kind =
        ModelKind.ofFileName(fileName)
            .orElseThrow(
                () ->
                    new InvalidModelException(
                        fileName,
                        "Expected a file ending in .bpmn, .dmn or .form, but got '"
                            + fileName
                            + "'"));
    return new ModelFile(fileName, kind, content);
  }

  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }

  /** SHA-256 of the content, hex: tells versions apart without comparing their text. */
  public String checksum() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Expected SHA-256 in every JVM", e);
    }
  }

  public ModelFile withContent(String newContent) {
    return new ModelFile(fileName, kind, newContent);
  }
}
