/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenTest {

  private static final int N = 2_000;

  @Test
  void integersAndLongsStayInTheirBoundsAndReachThem() {
    List<Integer> ints = Gen.integers(-3, 4).samples(1, N);
    List<Long> longs = Gen.longs(Long.MAX_VALUE - 2, Long.MAX_VALUE).samples(1, N);

    assertThat(ints).allSatisfy(x -> assertThat(x).isBetween(-3, 4)).contains(-3, 4, 0);
    assertThat(longs).containsOnly(Long.MAX_VALUE - 2, Long.MAX_VALUE - 1, Long.MAX_VALUE);
    assertThat(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).samples(1, N))
        .anySatisfy(x -> assertThat(x).isNegative());
  }

  @Test
  void stringsUseTheAlphabetAndTheirLengthBounds() {
    List<String> strings = Gen.strings("xy", 2, 6).samples(2, N);

    assertThat(strings).allSatisfy(s -> assertThat(s).matches("[xy]{2,6}"));
    assertThat(strings)
        .anySatisfy(s -> assertThat(s).hasSize(2))
        .anySatisfy(s -> assertThat(s).hasSize(6));
  }

  @Test
  void listsAndSetsKeepTheirSizeBounds() {
    assertThat(Gen.lists(Gen.booleans(), 1, 3).samples(3, N))
        .allSatisfy(xs -> assertThat(xs).hasSizeBetween(1, 3))
        .anySatisfy(xs -> assertThat(xs).hasSize(3));
    List<Set<Integer>> sets = Gen.sets(Gen.integers(0, 5), 2, 4).samples(3, N);
    assertThat(sets)
        .allSatisfy(s -> assertThat(s).hasSizeBetween(2, 4))
        .anySatisfy(s -> assertThat(s).hasSize(4));
  }

  @Test
  void setsThatCannotFindEnoughDistinctValuesFailClearly() {
    assertThatThrownBy(() -> Gen.sets(Gen.integers(0, 1), 3, 5).samples(1, 1))
        .isInstanceOf(GenerationException.class)
        .hasMessageContaining("found only 2 distinct values, needs 3");
  }

  @Test
  void oneOfPicksOnlyTheGivenValuesOrGenerators() {
    assertThat(Gen.oneOf(List.of("a", "b")).samples(4, N)).containsOnly("a", "b");
    assertThat(Gen.oneOf(Gen.just(1), Gen.integers(10, 11)).samples(4, N)).containsOnly(1, 10, 11);
    assertThat(Gen.elements(true).samples(4, 3)).containsOnly(true);
  }

  @Test
  void frequencyFollowsTheWeights() {
    List<String> picks =
        Gen.frequency(Weighted.of(9, Gen.just("often")), Weighted.of(1, Gen.just("rarely")))
            .samples(5, N);

    long rare = picks.stream().filter("rarely"::equals).count();
    assertThat(rare).isBetween(N / 20L, N / 5L);
  }

  @Test
  void mapFlatMapZipAndOptionalsCompose() {
    Gen<String> lengths = Gen.integers(0, 3).flatMap(n -> Gen.strings("q", n, n)).map(s -> s + "!");
    assertThat(lengths.samples(6, N)).containsOnly("!", "q!", "qq!", "qqq!");

    assertThat(Gen.zip(Gen.just(1), Gen.just("a")).samples(6, 1))
        .containsExactly(new Tuple2<>(1, "a"));
    assertThat(Gen.zip(Gen.just(1), Gen.just("a"), Gen.constant(true)).samples(6, 1))
        .containsExactly(new Tuple3<>(1, "a", true));
    assertThat(Gen.zipWith(Gen.just(2), Gen.just(3), Integer::sum).samples(6, 1))
        .containsExactly(5);
    assertThat(Gen.optionals(Gen.just("x")).samples(6, N))
        .contains(Optional.empty(), Optional.of("x"));
  }

  @Test
  void badBoundsAreRejected() {
    assertThatThrownBy(() -> Gen.integers(2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gen.lists(Gen.just(1), 3, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Weighted.of(0, Gen.just(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
