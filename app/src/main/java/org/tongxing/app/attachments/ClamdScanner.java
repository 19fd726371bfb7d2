package org.tongxing.app.attachments;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Asks a ClamAV daemon ({@code clamd}) over its INSTREAM command: the file in chunks, then the
 * verdict, {@code stream: OK} or {@code stream: <name> FOUND}. A daemon that cannot be reached
 * refuses the upload: an unscanned file is not stored.
 */
class ClamdScanner implements AttachmentScanner {

  private static final int CHUNK = 64 * 1024;
  private static final int TIMEOUT_MS = 30_000;

  private final String host;
  private final int port;

  ClamdScanner(String host, int port) {
    this.host = host;
    this.port = port;
  }

  @Override
  public Optional<String> findThreat(String fileName, byte[] content) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
      socket.setSoTimeout(TIMEOUT_MS);
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
      for (int from = 0; from < content.length; from += CHUNK) {
        int length = Math.min(CHUNK, content.length - from);
        out.writeInt(length);
        out.write(content, from, length);
      }
      out.writeInt(0);
      out.flush();
      String verdict = read(socket.getInputStream()).strip();
      if (verdict.endsWith("OK")) {
        return Optional.empty();
      }
      if (verdict.endsWith("FOUND")) {
        return Optional.of(verdict.replace("stream:", "").replace("FOUND", "").strip());
      }
      throw new IllegalStateException(
          "Expected clamd at "
              + host
              + ":"
              + port
              + " to answer OK or FOUND for "
              + fileName
              + ", but it answered "
              + verdict);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Expected clamd at "
              + host
              + ":"
              + port
              + " to scan "
              + fileName
              + ", but it cannot be reached",
          e);
    }
  }

  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    int next;
    while ((next = in.read()) > 0) {
      answer.write(next);
    }
    return answer.toString(StandardCharsets.UTF_8);
  }
}
