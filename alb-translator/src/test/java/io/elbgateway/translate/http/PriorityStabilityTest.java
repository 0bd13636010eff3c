/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PriorityStabilityTest {

  private final GappedPriorityAllocator allocator = new GappedPriorityAllocator();

  @Test
  void aFreshLayoutLeavesGapsOfAThousand() {
    Map<String, Integer> priorities = allocator.allocate(List.of("a", "b", "c"), Map.of(), 50_000);
    assertThat(priorities).containsExactly(Map.entry("a", 1000), Map.entry("b", 2000), Map.entry("c", 3000));
  }

  @Test
  void aFreshLayoutOfManyRulesSpreadsOverTheRange() {
    List<String> keys = keys(100);
    Map<String, Integer> priorities = allocator.allocate(keys, Map.of(), 50_000);
    assertThat(priorities.get("k0")).isEqualTo(495);
    assertIncreasingWithin(keys, priorities, 50_000);
  }

  @Test
  void anInsertedRuleTakesTheMidpointAndNoOtherMoves() {
    Map<String, Integer> before = Map.of("a", 1000, "c", 2000);
    Map<String, Integer> after = allocator.allocate(List.of("a", "b", "c"), before, 50_000);
    assertThat(after).containsExactly(Map.entry("a", 1000), Map.entry("b", 1500), Map.entry("c", 2000));
  }

  @Test
  void rulesAddedAtTheEndOrTheStartKeepAStepAway() {
    Map<String, Integer> before = Map.of("b", 1000, "c", 2000);
    Map<String, Integer> after = allocator.allocate(List.of("a", "b", "c", "d"), before, 50_000);
    assertThat(after).containsExactly(Map.entry("a", 500), Map.entry("b", 1000), Map.entry("c", 2000), Map.entry("d", 3000));
  }

  @Test
  void aRuleThatMovedInTheOrderIsTheOnlyOneThatMoves() {
    Map<String, Integer> before = Map.of("a", 1000, "b", 2000, "c", 3000, "d", 4000);
    Map<String, Integer> after = allocator.allocate(List.of("a", "c", "d", "b"), before, 50_000);
    assertThat(after).containsExactly(Map.entry("a", 1000), Map.entry("c", 3000), Map.entry("d", 4000), Map.entry("b", 5000));
  }

  @Test
  void aFullGapMovesOnlyNeighboursInTheSmallestWindowWithRoom() {
    Map<String, Integer> before = Map.of("a", 1, "b", 2, "c", 3, "d", 10);
    Map<String, Integer> after = allocator.allocate(List.of("a", "x", "b", "c", "d"), before, 50_000);
    assertIncreasingWithin(List.of("a", "x", "b", "c", "d"), after, 50_000);
    assertThat(after.get("d")).isEqualTo(10);
    long moved = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).count();
    assertThat(moved).isLessThanOrEqualTo(2);
  }

  @Test
  void moreRulesThanPrioritiesGivesTheFirstOnesAPriority() {
    Map<String, Integer> priorities = allocator.allocate(keys(5), Map.of(), 3);
    assertThat(priorities).containsExactly(Map.entry("k0", 1), Map.entry("k1", 2), Map.entry("k2", 3));
  }

  @Test
  void previousPrioritiesOutOfRangeAreIgnored() {
    Map<String, Integer> after = allocator.allocate(List.of("a", "b"), Map.of("a", 70_000, "b", 0), 50_000);
    assertIncreasingWithin(List.of("a", "b"), after, 50_000);
  }

  /**
   * The stability bound, measured: from random listeners, add or remove one random rule many times
   * (the others keep their relative order, as the precedence order guarantees) and count the other
   * rules whose priority changed.
   *
   * <ul>
   *   <li>Removing a rule moves no other rule.
   *   <li>Adding a rule moves no other rule while its gap has a free priority.
   *   <li>When the gap is full, at most {@link #MAX_MOVED} neighbours move (the measured maximum
   *       is printed; on the default range gaps are almost never full).
   * </ul>
   */
  @Test
  void addingOrRemovingOneRuleMovesFewOthers() {
    Stats defaults = run(new Random(2026), 50_000, 100, 4000);
    Stats crowded = run(new Random(2027), 400, 100, 4000);
    System.out.printf(
        "priority stability: default range: %d operations, %d full gaps, max moved %d, total moved %d;"
            + " crowded range (50-150 rules in 1..400): %d full gaps, max moved %d, mean moved per full gap %.2f%n",
        defaults.operations, defaults.fullGaps, defaults.maxMoved, defaults.totalMoved,
        crowded.fullGaps, crowded.maxMoved, crowded.fullGaps == 0 ? 0.0 : (double) crowded.totalMoved / crowded.fullGaps);
    assertThat(defaults.movedWithRoom).isZero();
    assertThat(crowded.movedWithRoom).isZero();
    assertThat(defaults.maxMoved).isLessThanOrEqualTo(MAX_MOVED);
    assertThat(crowded.maxMoved).isLessThanOrEqualTo(MAX_MOVED);
  }

  /** The bound the randomized test asserts when a gap is full. */
  static final int MAX_MOVED = 12;

  /**
   * The worst case for gaps: 2000 rules inserted one after another into the same spot of a
   * 100-rule listener on the default range (each just before the previous one), so that spot's
   * gaps run out again and again.
   */
  @Test
  void insertingAgainAndAgainAtOneSpotMovesFewOthers() {
    List<String> order = new ArrayList<>(keys(100));
    Map<String, Integer> previous = allocator.allocate(order, Map.of(), 50_000);
    int maxMoved = 0;
    long totalMoved = 0;
    int inserts = 2000;
    for (int i = 0; i < inserts; i++) {
      order.add(50, "hot" + i);
      Map<String, Integer> current = allocator.allocate(order, previous, 50_000);
      assertIncreasingWithin(order, current, 50_000);
      int moved = 0;
      for (String key : previous.keySet()) {
        if (!previous.get(key).equals(current.get(key))) {
          moved++;
        }
      }
      maxMoved = Math.max(maxMoved, moved);
      totalMoved += moved;
      previous = current;
    }
    System.out.printf(
        "priority stability: hot spot, %d inserts at one place: max moved %d, mean moved per insert %.2f%n",
        inserts, maxMoved, (double) totalMoved / inserts);
    assertThat(maxMoved).isLessThanOrEqualTo(MAX_MOVED);
  }

  private static final class Stats {
    int operations;
    int fullGaps;
    int maxMoved;
    long totalMoved;
    long movedWithRoom;
  }

  private Stats run(Random random, int maxPriority, int size, int operations) {
    Map<String, Double> rank = new HashMap<>();
    for (int i = 0; i < size; i++) {
      rank.put("r" + i, random.nextDouble());
    }
    Map<String, Integer> previous = allocator.allocate(ordered(rank), Map.of(), maxPriority);
    Stats stats = new Stats();
    int next = size;
    for (int op = 0; op < operations; op++) {
      boolean add = rank.size() < size / 2 || (rank.size() < size * 3 / 2 && random.nextBoolean());
      boolean gapHasRoom = true;
      if (add) {
        String key = "r" + next++;
        rank.put(key, random.nextDouble());
        List<String> order = ordered(rank);
        int at = order.indexOf(key);
        int low = at > 0 ? previous.get(order.get(at - 1)) : 0;
        int high = at < order.size() - 1 ? previous.get(order.get(at + 1)) : maxPriority + 1;
        gapHasRoom = high - low >= 2;
      } else {
        List<String> keys = ordered(rank);
        rank.remove(keys.get(random.nextInt(keys.size())));
      }
      List<String> order = ordered(rank);
      Map<String, Integer> current = allocator.allocate(order, previous, maxPriority);
      assertIncreasingWithin(order, current, maxPriority);
      int moved = 0;
      for (String key : order) {
        if (previous.containsKey(key) && !previous.get(key).equals(current.get(key))) {
          moved++;
        }
      }
      stats.operations++;
      if (gapHasRoom) {
        stats.movedWithRoom += moved;
      } else {
        stats.fullGaps++;
        stats.maxMoved = Math.max(stats.maxMoved, moved);
        stats.totalMoved += moved;
      }
      previous = current;
    }
    return stats;
  }

  private static List<String> ordered(Map<String, Double> rank) {
    List<String> keys = new ArrayList<>(rank.keySet());
    keys.sort(Comparator.comparing(rank::get));
    return keys;
  }

  private static List<String> keys(int n) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add("k" + i);
    }
    return keys;
  }

  static void assertIncreasingWithin(List<String> order, Map<String, Integer> priorities, int max) {
    assertThat(priorities).hasSize(order.size());
    int last = 0;
    for (String key : order) {
      int priority = priorities.get(key);
      if (priority <= last || priority > max) {
        assertThat(priority).as(key + " after " + last).isGreaterThan(last).isLessThanOrEqualTo(max);
      }
      last = priority;
    }
  }
}
