package org.tongxing.app.security.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code max-failures} failed sign-ins for one user name (or
 * {@code max-failures-per-address} from one address) within {@code window}, further attempts are
 * refused for {@code lockout}, whether the password is right or not. A successful sign-in clears
 * the user name's count. Kept in memory: a restart forgets, and the counts are bounded.
 */
@Component
public class SignInThrottle {

  private static final int MOST_TRACKED = 10_000;

  private final Clock clock;
  private final int maxFailures;
  private final int maxFailuresPerAddress;
  private final Duration window;
  private final Duration lockout;
  private final Map<String, Attempts> byKey = new LinkedHashMap<>();

  @Autowired
  public SignInThrottle(
      @Value("${tongxing.security.sign-in.max-failures:5}") int maxFailures,
      @Value("${tongxing.security.sign-in.max-failures-per-address:20}") int maxFailuresPerAddress,
      @Value("${tongxing.security.sign-in.window:PT15M}") Duration window,
      @Value("${tongxing.security.sign-in.lockout:PT15M}") Duration lockout) {
    this(Clock.systemUTC(), maxFailures, maxFailuresPerAddress, window, lockout);
  }

  SignInThrottle(
      Clock clock, int maxFailures, int maxFailuresPerAddress, Duration window, Duration lockout) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.maxFailuresPerAddress = maxFailuresPerAddress;
    this.window = window;
    this.lockout = lockout;
  }

  /** How long the user name or the address must still wait; empty when it may try. */
  public synchronized Optional<Duration> lockedFor(String username, String address) {
    Instant now = clock.instant();
    Optional<Duration> user = lockedFor(userKey(username), now);
    Optional<Duration> from = lockedFor(addressKey(address), now);
    if (user.isPresent() && from.isPresent()) {
      return Optional.of(user.get().compareTo(from.get()) > 0 ? user.get() : from.get());
    }
    return user.isPresent() ? user : from;
  }

  public synchronized void failed(String username, String address) {
    Instant now = clock.instant();
    count(userKey(username), maxFailures, now);
    count(addressKey(address), maxFailuresPerAddress, now);
  }

  public synchronized void succeeded(String username) {
    byKey.remove(userKey(username));
  }

  @EventListener
  void signedIn(AuthenticationSuccessEvent event) {
    succeeded(event.getAuthentication().getName());
  }

  public Duration lockout() {
    return lockout;
  }

  private Optional<Duration> lockedFor(String key, Instant now) {
    Attempts attempts = byKey.get(key);
    if (attempts == null || attempts.lockedUntil == null) {
      return Optional.empty();
    }
    if (!attempts.lockedUntil.isAfter(now)) {
      byKey.remove(key);
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, attempts.lockedUntil));
  }

  private void count(String key, int limit, Instant now) {
    Attempts attempts = byKey.computeIfAbsent(key, k -> new Attempts());
    attempts.failures.addLast(now);
    while (!attempts.failures.isEmpty()
        && attempts.failures.peekFirst().plus(window).isBefore(now)) {
      attempts.failures.removeFirst();
    }
    if (attempts.failures.size() >= limit) {
      attempts.lockedUntil = now.plus(lockout);
      attempts.failures.clear();
    }
    forgetOldest();
  }

  /** Bounded memory: the oldest entries go first; a locked entry is kept while it locks. */
  private void forgetOldest() {
    Iterator<Map.Entry<String, Attempts>> entries = byKey.entrySet().iterator();
    while (byKey.size() > MOST_TRACKED && entries.hasNext()) {
      Attempts attempts = entries.next().getValue();
      if (attempts.lockedUntil == null) {
        entries.remove();
      }
    }
  }

  private static String userKey(String username) {
    return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "address:" + (address == null ? "" : address);
  }

  private static final class Attempts {
    private final Deque<Instant> failures = new ArrayDeque<>();
    private Instant lockedUntil;
  }
}
