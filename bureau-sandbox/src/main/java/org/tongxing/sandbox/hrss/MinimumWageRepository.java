package org.tongxing.sandbox.hrss;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxDataFiles;
import org.tongxing.sandbox.hrss.MinimumWageAnswer.MonthlyStandard;

/**
 * The synthetic minimum wage standards of Wenzhou's twelve county-level divisions, read once from
 * {@value #DATA_FILE}; read-only.
 */
@Component
@ConditionalOnSandboxEnabled
public class MinimumWageRepository {

  static final String DATA_FILE = "sandbox/hrss/minimum-wages.json";
  private static final String[] TIER_NAMES = {"一类", "二类", "三类", "四类"};

  private final MinimumWageData data;

  public MinimumWageRepository(ObjectMapper objectMapper) {
    MinimumWageData read =
        SandboxDataFiles.read(objectMapper, DATA_FILE, new TypeReference<MinimumWageData>() {});
    List<MinimumWageStandard> sorted = new ArrayList<>(read.standards());
    sorted.sort(Comparator.comparing(MinimumWageStandard::validFrom));
    this.data =
        new MinimumWageData(
            read.coveredUntilYear(), List.copyOf(read.counties()), List.copyOf(sorted));
  }

  /**
   * @return the county's standard for the year, or empty if the county is not on file or the year
   *     lies before its first standard or after {@link MinimumWageData#coveredUntilYear()}
   */
  public Optional<MinimumWageAnswer> find(String regionCode, int year) {
    if (year > data.coveredUntilYear()) {
      return Optional.empty();
    }
    return data.counties().stream()
        .filter(county -> county.regionCode().equals(regionCode))
        .findFirst()
        .flatMap(county -> answer(county, year));
  }

  public List<CountyWageTier> counties() {
    return data.counties();
  }

  private Optional<MinimumWageAnswer> answer(CountyWageTier county, int year) {
    Optional<MinimumWageStandard> atYearEnd = inForceOn(county.tier(), LocalDate.of(year, 12, 31));
    Optional<MinimumWageStandard> atYearStart = inForceOn(county.tier(), LocalDate.of(year, 1, 1));
    if (atYearEnd.isEmpty() || atYearStart.isEmpty()) {
      return Optional.empty();
    }
    List<MonthlyStandard> months =
        IntStream.rangeClosed(1, 12)
            .mapToObj(
                month ->
                    new MonthlyStandard(
                        month,
                        inForceOn(county.tier(), LocalDate.of(year, month, 1))
                            .orElseThrow()
                            .monthlyMinimumWage()))
            .toList();
    List<MinimumWageStandard> standards =
        data.standards().stream()
            .filter(standard -> standard.tier() == county.tier())
            .filter(
                standard ->
                    !standard.validFrom().isAfter(LocalDate.of(year, 12, 31))
                        && !standard.validFrom().isBefore(atYearStart.get().validFrom()))
            .toList();
    return Optional.of(
        new MinimumWageAnswer(
            county.regionCode(),
            county.name(),
            year,
            county.tier(),
            TIER_NAMES[county.tier() - 1],
            atYearEnd.get().monthlyMinimumWage(),
            atYearEnd.get().hourlyMinimumWage(),
            months,
            standards));
  }

  private Optional<MinimumWageStandard> inForceOn(int tier, LocalDate date) {
    // standards are sorted by validFrom: the last one that started by the date is in force
    MinimumWageStandard inForce = null;
    for (MinimumWageStandard standard : data.standards()) {
      if (standard.tier() == tier && !standard.validFrom().isAfter(date)) {
        inForce = standard;
      }
    }
    return Optional.ofNullable(inForce);
  }
}
