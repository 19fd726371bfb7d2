package org.tongxing.engine.state.mutable;

import java.util.LinkedHashSet;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import org.tongxing.engine.record.JobRecord;
import org.tongxing.engine.state.immutable.JobState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.TxSet;
import org.tongxing.engine.state.tx.UndoLog;

/**
 * Jobs, with the indexes the engine needs to be fast: activatable jobs per type in creation order,
 * activated jobs by deadline, failed jobs by the end of their back-off.
 */
public final class MutableJobState implements JobState {

  private final UndoLog undoLog;
  private final TxMap<Long, Job> jobs;
  private final TxMap<String, TxSet<Long>> activatableByType;
  private final TxSet<Due> deadlines;
  private final TxSet<Due> backoffs;

  /** A time-ordered index entry. */
  private record Due(long time, long jobKey) implements Comparable<Due> {
    @Override
    public int compareTo(Due other) {
      int byTime = Long.compare(time, other.time);
      return byTime != 0 ? byTime : Long.compare(jobKey, other.jobKey);
    }
  }

  MutableJobState(UndoLog undoLog) {
    this.undoLog = undoLog;
    jobs = new TxMap<>(undoLog);
    activatableByType = new TxMap<>(undoLog);
    deadlines = new TxSet<>(undoLog, new TreeSet<>());
    backoffs = new TxSet<>(undoLog, new TreeSet<>());
  }

  /** Stores the job in a status, keeping the indexes in step with it. */
  public void put(long key, JobRecord record, Status status) {
    Job previous = jobs.get(key);
    if (previous != null) {
      unindex(previous);
    }
    Job job = new Job(key, record, status);
    jobs.put(key, job);
    index(job);
  }

  public void remove(long key) {
    Job previous = jobs.remove(key);
    if (previous != null) {
      unindex(previous);
    }
  }

  private void index(Job job) {
    switch (job.status()) {
      case ACTIVATABLE -> activatable(job.record().type()).add(job.key());
      case ACTIVATED -> deadlines.add(new Due(job.record().deadline(), job.key()));
      case FAILED -> {
        // waiting for its back-off; without one (no retries left) it waits for its incident
        if (job.record().recurringTime() >= 0) {
          backoffs.add(new Due(job.record().recurringTime(), job.key()));
        }
      }
      case ERROR_THROWN -> {}
    }
  }

  private void unindex(Job job) {
    switch (job.status()) {
      case ACTIVATABLE -> {
        TxSet<Long> set = activatableByType.get(job.record().type());
        if (set != null) {
          set.remove(job.key());
        }
      }
      case ACTIVATED -> deadlines.remove(new Due(job.record().deadline(), job.key()));
      case FAILED -> backoffs.remove(new Due(job.record().recurringTime(), job.key()));
      case ERROR_THROWN -> {}
    }
  }

  private TxSet<Long> activatable(String type) {
    TxSet<Long> set = activatableByType.get(type);
    if (set == null) {
      set = new TxSet<>(undoLog, new LinkedHashSet<>());
      activatableByType.put(type, set);
    }
    return set;
  }

  @Override
  public Job get(long jobKey) {
    return jobs.get(jobKey);
  }

  @Override
  public void forEachActivatable(String type, LongPredicate visitor) {
    TxSet<Long> set = activatableByType.get(type);
    if (set == null) {
      return;
    }
    for (Long key : set) {
      if (!visitor.test(key)) {
        return;
      }
    }
  }

  @Override
  public long nextDeadline() {
    return deadlines.isEmpty() ? Long.MAX_VALUE : first(deadlines).time();
  }

  @Override
  public void forEachTimedOut(long now, LongPredicate visitor) {
    visitDue(deadlines, now, visitor);
  }

  @Override
  public long nextBackoffEnd() {
    return backoffs.isEmpty() ? Long.MAX_VALUE : first(backoffs).time();
  }

  @Override
  public void forEachBackoffEnded(long now, LongPredicate visitor) {
    visitDue(backoffs, now, visitor);
  }

  private static Due first(TxSet<Due> set) {
    return set.iterator().next();
  }

  private static void visitDue(TxSet<Due> index, long now, LongPredicate visitor) {
    // copy the due entries first: the visitor's commands change the index
    var due = new java.util.ArrayList<Due>();
    for (Due entry : index) {
      if (entry.time() > now) {
        break;
      }
      due.add(entry);
    }
    for (Due entry : due) {
      if (!visitor.test(entry.jobKey())) {
        return;
      }
    }
  }

  /**
   * The jobs, the activatable ones first in the order workers get them (a restored state hands them
   * out in the same order).
   */
  public java.util.List<Job> snapshot() {
    java.util.List<Job> ordered = new java.util.ArrayList<>();
    activatableByType.values().forEach(keys -> keys.forEach(key -> ordered.add(jobs.get(key))));
    jobs.values().stream()
        .filter(job -> job.status() != Status.ACTIVATABLE)
        .sorted(java.util.Comparator.comparingLong(Job::key))
        .forEach(ordered::add);
    return ordered;
  }

  public void restore(java.util.List<Job> snapshot) {
    snapshot.forEach(job -> put(job.key(), job.record(), job.status()));
  }
}
