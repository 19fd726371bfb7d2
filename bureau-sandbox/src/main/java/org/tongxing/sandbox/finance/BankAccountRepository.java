package org.tongxing.sandbox.finance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxDataFiles;

/**
 * The synthetic payee accounts whose bank answers the sandbox knows, read once from {@value
 * #DATA_FILE} on the classpath. An account not on file belongs to a bank the sandbox cannot ask and
 * is paid as given. Read-only, so tests can rely on the numbers in {@code
 * bureau-sandbox/README.md}.
 */
@Component
@ConditionalOnSandboxEnabled
public class BankAccountRepository {

  static final String DATA_FILE = "sandbox/finance/bank-accounts.json";

  private final Map<String, BankAccount> accountsByNumber;

  public BankAccountRepository(ObjectMapper objectMapper) {
    this.accountsByNumber =
        SandboxDataFiles.read(objectMapper, DATA_FILE, new TypeReference<List<BankAccount>>() {})
            .stream()
            .collect(Collectors.toUnmodifiableMap(BankAccount::accountNumber, Function.identity()));
  }

  public Optional<BankAccount> findByNumber(String accountNumber) {
    return Optional.ofNullable(accountsByNumber.get(accountNumber));
  }

  public List<BankAccount> findAll() {
    return List.copyOf(accountsByNumber.values());
  }
}
