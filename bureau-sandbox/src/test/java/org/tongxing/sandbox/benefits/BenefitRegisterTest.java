package org.tongxing.sandbox.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tongxing.sandbox.RecordConflictException;
import org.tongxing.sandbox.journal.SandboxJournals;

class BenefitRegisterTest {

  private final BenefitRegister register =
      new BenefitRegister(
          new ObjectMapper().registerModule(new JavaTimeModule()),
          Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC),
          SandboxJournals.inMemory());

  @Test
  void shouldLetExactlyOneOfManyConcurrentCasesRecordABenefit() throws Exception {
    // given sixteen cases racing for the same student and school year
    List<Callable<Boolean>> attempts =
        IntStream.range(0, 16)
            .<Callable<Boolean>>mapToObj(
                i ->
                    () -> {
                      try {
                        register.record(
                            "education-grant",
                            "330303200704180029",
                            "2025-2026",
                            "JX-2026-%04d".formatted(i),
                            new BigDecimal("3000"),
                            null);
                        return true;
                      } catch (RecordConflictException refused) {
                        return false;
                      }
                    })
            .toList();

    // when
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Boolean> outcomes;
    try {
      outcomes = pool.invokeAll(attempts).stream().map(BenefitRegisterTest::get).toList();
    } finally {
      pool.shutdownNow();
    }

    // then
    assertThat(outcomes).containsOnlyOnce(true);
    assertThat(register.find("education-grant", "330303200704180029", "2025-2026"))
        .get()
        .extracting(BenefitRecord::recordedAt)
        .isEqualTo(Instant.parse("2026-03-02T01:00:00Z"));
  }

  private static Boolean get(Future<Boolean> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
