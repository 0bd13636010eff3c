/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every call made to the in-memory AWS clients that share it: counts by operation (attempts,
 * faulted ones included), mutating versus read calls, and which calls named a given ARN, so a test
 * can assert "0 mutating calls on a second sync" or "0 calls on resources we do not own".
 * Thread-safe.
 */
public final class CallLog {

  private static final List<String> MUTATING_PREFIXES =
      List.of(
          "Create", "Delete", "Modify", "Set", "Add", "Remove", "Register", "Deregister",
          "Associate", "Disassociate");

  private final List<Call> calls = new ArrayList<>();

  /**
   * Whether {@code operation} changes state: its name starts with Create, Delete, Modify, Set, Add,
   * Remove, Register, Deregister, Associate or Disassociate. Everything else (Describe, Get, List)
   * reads.
   */
  public static boolean isMutating(String operation) {
    return MUTATING_PREFIXES.stream().anyMatch(operation::startsWith);
  }

  synchronized void record(Call call) {
    calls.add(call);
  }

  synchronized int nextSequence() {
    return calls.size() + 1;
  }

  /** Forgets every call. */
  public synchronized void reset() {
    calls.clear();
  }

  /** Every call in the order it was made. */
  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  /** How many times {@code operation} was attempted. */
  public synchronized int count(String operation) {
    return (int) calls.stream().filter(c -> c.operation().equals(operation)).count();
  }

  /** Attempts by operation name, sorted by name. */
  public synchronized Map<String, Integer> counts() {
    return calls.stream()
        .collect(Collectors.toMap(Call::operation, c -> 1, Integer::sum, TreeMap::new));
  }

  /** Mutating attempts by operation name, sorted by name. */
  public synchronized Map<String, Integer> mutatingCounts() {
    return calls.stream()
        .filter(Call::mutating)
        .collect(Collectors.toMap(Call::operation, c -> 1, Integer::sum, TreeMap::new));
  }

  /** All attempts. */
  public synchronized int total() {
    return calls.size();
  }

  /** Mutating attempts. */
  public synchronized int mutating() {
    return (int) calls.stream().filter(Call::mutating).count();
  }

  /** Read attempts. */
  public synchronized int reads() {
    return total() - mutating();
  }

  /** Attempts that an injected fault failed. */
  public synchronized int faulted() {
    return (int) calls.stream().filter(c -> c.fault().isPresent()).count();
  }

  /** The calls whose request named {@code arn}, reads included. */
  public synchronized List<Call> callsTouching(String arn) {
    return calls.stream().filter(c -> c.arns().contains(arn)).collect(Collectors.toList());
  }

  /** The mutating calls whose request named {@code arn}. */
  public synchronized List<Call> mutatingCallsTouching(String arn) {
    return calls.stream()
        .filter(c -> c.mutating() && c.arns().contains(arn))
        .collect(Collectors.toList());
  }

  /** One line per operation, {@code "CreateRule 3"}, sorted by name: for a report or a failure. */
  @Override
  public synchronized String toString() {
    StringBuilder text = new StringBuilder();
    counts().forEach((op, n) -> text.append(op).append(' ').append(n).append('\n'));
    return text.toString();
  }
}
