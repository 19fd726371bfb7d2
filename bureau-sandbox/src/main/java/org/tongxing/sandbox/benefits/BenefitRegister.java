package org.tongxing.sandbox.benefits;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.RecordConflictException;
import org.tongxing.sandbox.SandboxDataFiles;
import org.tongxing.sandbox.SandboxProblems;
import org.tongxing.sandbox.journal.SandboxJournal;
import org.tongxing.sandbox.journal.SandboxJournals;

/**
 * The DPF's register of benefits granted (发放台账), the record that makes "once per school year"
 * (policy item 7.6–7.7) and "per year" (item 1.4–1.6) hold across cases, processes and runtimes:
 * one record per scheme, subject and period, written atomically.
 *
 * <p>Starts from the grants in {@value #SEED_FILE} (benefits paid before Tongxing went live) and
 * keeps what cases record in the journal {@code benefit-register}, across restarts; {@link
 * #reset()} returns to the seed. Unlike the sandbox's other systems it changes at runtime, as the
 * real register does.
 */
@Component
@ConditionalOnSandboxEnabled
public class BenefitRegister {

  static final String SEED_FILE = "sandbox/dpf/benefit-register.json";
  private static final Pattern SCHEME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Clock clock;
  private final SandboxJournal<BenefitRecord> records;

  @Autowired
  public BenefitRegister(ObjectMapper objectMapper, SandboxJournals journals) {
    this(objectMapper, Clock.systemUTC(), journals);
  }

  BenefitRegister(ObjectMapper objectMapper, Clock clock, SandboxJournals journals) {
    List<BenefitRecord> seed =
        SandboxDataFiles.read(objectMapper, SEED_FILE, new TypeReference<>() {});
    Map<String, BenefitRecord> seedByKey = new LinkedHashMap<>();
    seed.forEach(record -> seedByKey.put(record.key(), record));
    this.clock = clock;
    this.records = journals.open("benefit-register", BenefitRecord.class, seedByKey);
  }

  public Optional<BenefitRecord> find(String scheme, String subject, String period) {
    return records.get(BenefitRecord.key(scheme, subject, period));
  }

  /**
   * Records the benefit for the case, unless it is recorded already.
   *
   * @return whether a new record was written (false: the same case had recorded it before, so a
   *     retried call changes nothing)
   * @throws RecordConflictException if another case holds the benefit
   * @throws IllegalArgumentException naming the value if the scheme, subject, period or case is
   *     malformed
   */
  public Recorded record(
      String scheme,
      String subject,
      String period,
      String caseId,
      BigDecimal amount,
      String description) {
    validate(scheme, subject, period, caseId);
    AtomicBoolean created = new AtomicBoolean(false);
    BenefitRecord held =
        records.computeIfAbsent(
            BenefitRecord.key(scheme, subject, period),
            key -> {
              created.set(true);
              return new BenefitRecord(
                  scheme, subject, period, caseId, amount, description, clock.instant());
            });
    if (!held.caseId().equals(caseId)) {
      throw alreadyGranted(held);
    }
    return new Recorded(created.get(), held);
  }

  /**
   * Removes the case's record of the benefit, for a benefit that was not paid after all. Nothing
   * happens if there is none.
   *
   * @throws RecordConflictException if another case holds the benefit
   */
  public void cancel(String scheme, String subject, String period, String caseId) {
    validate(scheme, subject, period, caseId);
    String key = BenefitRecord.key(scheme, subject, period);
    BenefitRecord held = records.get(key).orElse(null);
    if (held == null) {
      return;
    }
    if (!held.caseId().equals(caseId)) {
      throw alreadyGranted(held);
    }
    records.remove(key, held);
  }

  /** Back to the seeded grants; every record made since is forgotten, also across restarts. */
  public void reset() {
    records.reset();
  }

  /** The result of {@link #record}: whether it was new, and the record now held. */
  public record Recorded(boolean created, BenefitRecord record) {}

  private static RecordConflictException alreadyGranted(BenefitRecord held) {
    return new RecordConflictException(
        SandboxProblems.BENEFIT_ALREADY_GRANTED,
        "已享受该项补助 (benefit already granted)",
        "Expected no other case to hold benefit %s for %s in period %s, but case %s has it"
            .formatted(held.scheme(), held.subject(), held.period(), held.caseId()),
        Map.of(
            "caseId", held.caseId(),
            "recordedAt", held.recordedAt().toString()));
  }

  private static void validate(String scheme, String subject, String period, String caseId) {
    if (scheme == null || !SCHEME.matcher(scheme).matches()) {
      throw new IllegalArgumentException(
          "Expected a scheme of lower-case words joined by '-', but was '%s'".formatted(scheme));
    }
    requireText("subject", subject, scheme);
    requireText("period", period, scheme);
    requireText("caseId", caseId, scheme);
  }

  private static void requireText(String name, String value, String scheme) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "Expected a %s for benefit %s, but it was blank".formatted(name, scheme));
    }
  }
}
