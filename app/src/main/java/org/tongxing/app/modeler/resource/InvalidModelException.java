package org.tongxing.app.modeler.resource;

/** A BPMN, DMN or form file that cannot be read; the message names the file and the problem. */
public class InvalidModelException extends RuntimeException {

  private final String fileName;

  public InvalidModelException(String fileName, String message) {
    super(message);
    this.fileName = fileName;
  }

  public InvalidModelException(String fileName, String message, Throwable cause) {
    super(message, cause);
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }
}
