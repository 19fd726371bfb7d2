package org.tongxing.engine.scratch;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongxing.engine.feel.ExpressionLanguage;

class FeelScratchTest {
  @Test
  void play() throws Exception {
    ExpressionLanguage feel = new ExpressionLanguage(() -> 1782867600000L, ZoneId.of("Asia/Shanghai"));
    Map<String, Object> vars = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
        java.nio.file.Files.readString(java.nio.file.Path.of("/tmp/rehabgen/vars.json")), Map.class);
    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/tmp/rehabgen/exprs.txt"))) {
      if (line.isBlank()) continue;
      var parsed = feel.parseAttribute("=" + line);
      if (parsed.isFailure()) { System.out.println("PARSE FAIL: " + parsed.failureMessage()); continue; }
      var r = feel.evaluate(parsed.expression(), () -> vars);
      System.out.println(">>> " + line + "\n    = " + (r.isFailure() ? "FAIL " + r.failureMessage() : r.value()));
    }
  }
}
