/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import java.util.List;

/**
 * Snapshots from YAML for the translator's tests, read without the schema checks: tests feed the
 * translator what an API server would refuse too, since it must never throw on input.
 */
public final class TestSnapshots {

  private static final ManifestReader UNVALIDATED =
      ManifestReader.builder().registry(KindRegistry.standard()).validator(o -> List.of()).build();

  private TestSnapshots() {}

  /** The objects of {@code yaml}, which must decode without a problem. */
  public static ClusterSnapshot unvalidated(String yaml) {
    LoadResult result = UNVALIDATED.readString(yaml, "t.yaml");
    assertThat(result.problems()).as("decoding problems").isEmpty();
    return ClusterSnapshot.of(result.objects());
  }
}
