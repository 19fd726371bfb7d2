package org.tongxing.benchmarks.rest;

import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tongxing.benchmarks.Metric;
import org.tongxing.benchmarks.Settings;
import org.tongxing.benchmarks.Stats;

/**
 * Issue #6, speed: with {@value #OPEN} open tasks (most of them the federation's), a queue page of
 * the tasklist answers within 300 ms p95 on the embedded default. The set-up starts the app as it
 * ships, fills it through the client (cases with an application id, an applicant, a county and a
 * due date; some claimed by the member of staff), and signs in as {@value #USER} like a browser
 * (session cookie, CSRF token). Each run asks for {@value #PAGES} of each queue page the staff use
 * most: to do, unclaimed (a later page), due soon, overdue, my tasks, a county's tasks by due date,
 * an applicant's by priority; the whole page, rendered, as the browser gets it.
 */
public final class TasklistQueueScenario extends AppScenario {

  public static final String NAME = "tasklist-queue";
  static final int OPEN = 10_000;
  static final int PAGES = 30;
  static final String USER = "dpf-zhang";
  static final String P95 = "p95 ms, queue pages";
  static final String P50 = "p50 ms, queue pages";
  private static final String PROCESS_ID = "bench-tasklist-case";
  private static final List<String> COUNTIES =
      List.of("lucheng", "longwan", "ouhai", "ruian", "yueqing", "yongjia");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final List<String> QUEUES =
      List.of(
          "/tasks",
          "/tasks?queue=unassigned&page=3",
          "/tasks?queue=due-soon",
          "/tasks?queue=overdue",
          "/tasks?queue=mine",
          "/tasks?queue=department&county=lucheng&sort=due",
          "/tasks?queue=department&applicant="
              + URLEncoder.encode("同行07", StandardCharsets.UTF_8)
              + "&sort=priority&order=desc");

  private final int open;
  private HttpClient browser;
  private URI base;

  public TasklistQueueScenario(Settings settings) {
    super(settings, 4);
    this.open = settings.scaled(OPEN);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "app in a child JVM, embedded default: "
        + open
        + " open tasks; "
        + PAGES
        + " of each of "
        + QUEUES.size()
        + " queue pages (rendered HTML, signed in as "
        + USER
        + ")";
  }

  @Override
  public List<Metric> metrics() {
    List<Metric> metrics = new ArrayList<>(List.of(Metric.atMost(P95, 300), Metric.info(P50)));
    QUEUES.forEach(page -> metrics.add(Metric.info(pageMetric(page))));
    return metrics;
  }

  /** The p95 of one page, to see which queue costs what. */
  private static String pageMetric(String page) {
    return "p95 ms, " + java.net.URLDecoder.decode(page, StandardCharsets.UTF_8);
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    base = app.address();
    fill();
    browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    signIn();
  }

  @Override
  protected Map<String, Double> measure() throws Exception {
    List<Double> latencies = new ArrayList<>();
    Map<String, List<Double>> byPage = new LinkedHashMap<>();
    for (int round = 0; round < PAGES; round++) {
      for (String page : QUEUES) {
        long start = System.nanoTime();
        HttpResponse<String> response =
            browser.send(get(page), HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200 || !response.body().contains("queue-nav")) {
          throw new IllegalStateException(
              "Expected the queue page " + page + ", but got HTTP " + response.statusCode());
        }
        latencies.add(millis);
        byPage.computeIfAbsent(page, p -> new ArrayList<>()).add(millis);
      }
    }
    double[] samples = latencies.stream().mapToDouble(Double::doubleValue).toArray();
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put(P95, Stats.percentile(samples, 95));
    figures.put(P50, Stats.percentile(samples, 50));
    byPage.forEach(
        (page, values) ->
            figures.put(
                pageMetric(page),
                Stats.percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 95)));
    return figures;
  }

  private void fill() throws Exception {
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(PROCESS_ID)
                .name("基准办件")
                .startEvent()
                .userTask(
                    "Task_Review",
                    task ->
                        task.name("审核")
                            .zeebeUserTask()
                            .zeebeCandidateGroupsExpression("[department]")
                            .zeebeDueDateExpression("dueDate")
                            .zeebeTaskPriorityExpression("priority"))
                .endEvent()
                .done(),
            PROCESS_ID + ".bpmn")
        .send()
        .join();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    Semaphore inFlight = new Semaphore(64);
    List<CompletableFuture<?>> started = new ArrayList<>();
    long begin = System.nanoTime();
    for (int i = 0; i < open; i++) {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("applicationId", "JY-2026-%05d".formatted(i));
      variables.put("applicantName", "温州同行%02d制衣有限公司".formatted(i % 100));
      variables.put("county", COUNTIES.get(i % COUNTIES.size()));
      // most tasks are the federation's; the rest spread over other departments
      variables.put("department", i % 10 < 7 ? "dpf" : i % 10 == 7 ? "hrss" : "civil-affairs");
      // due from two weeks ago to two months ahead: some overdue, some due soon
      variables.put("dueDate", now.plusHours((i % 1800) - 336).toString());
      variables.put("priority", 30 + i % 50);
      inFlight.acquire();
      started.add(
          client
              .newCreateInstanceCommand()
              .bpmnProcessId(PROCESS_ID)
              .latestVersion()
              .variables(variables)
              .send()
              .toCompletableFuture()
              .whenComplete((done, error) -> inFlight.release()));
    }
    CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).join();
    awaitOpenTasks();
    claimSome();
    System.out.printf("filled %d open tasks in %.1f s%n", open, (System.nanoTime() - begin) / 1e9);
  }

  private void awaitOpenTasks() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      Long total =
          client
              .newUserTaskSearchRequest()
              .filter(f -> f.bpmnProcessId(PROCESS_ID).state(UserTaskState.CREATED))
              .page(p -> p.limit(1))
              .send()
              .join()
              .page()
              .totalItems();
      if (total != null && total >= Math.min(open, 10_000)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        "Expected "
            + open
            + " open tasks in the search within two"
            + " minutes, but they were not all there");
  }

  /** A member of staff works on a few hundred of them. */
  private void claimSome() {
    int claims = Math.max(1, open / 30);
    client
        .newUserTaskSearchRequest()
        .filter(f -> f.bpmnProcessId(PROCESS_ID).candidateGroup("dpf").state(UserTaskState.CREATED))
        .page(p -> p.limit(claims))
        .send()
        .join()
        .items()
        .forEach(
            task ->
                client
                    .newAssignUserTaskCommand(task.getUserTaskKey())
                    .assignee(USER)
                    .send()
                    .join());
  }

  private void signIn() throws IOException, InterruptedException {
    HttpResponse<String> login = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString());
    Matcher token = CSRF.matcher(login.body());
    if (!token.find()) {
      throw new IllegalStateException("Expected a CSRF token on the login page, but found none");
    }
    String form =
        "username="
            + USER
            + "&password=demo&_csrf="
            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = signedIn.headers().firstValue("Location").orElse("");
    if (signedIn.statusCode() != 302 || !location.endsWith("/tasks")) {
      throw new IllegalStateException(
          "Expected to sign in as "
              + USER
              + ", but got HTTP "
              + signedIn.statusCode()
              + " to "
              + location);
    }
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
  }
}
