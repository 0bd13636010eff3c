package io.elbgateway.k8s.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataConverterTest {

  @Test
  void copiesEveryFieldTheModelKeeps() {
    io.fabric8.kubernetes.api.model.ObjectMeta source =
        new ObjectMetaBuilder()
            .withName("my-web")
            .withNamespace("my-web")
            .withUid("0f1e2d3c")
            .withGeneration(4L)
            .withCreationTimestamp("2026-11-01T10:00:00Z")
            .withResourceVersion("123")
            .withLabels(Map.of("app", "my-web"))
            .withAnnotations(Map.of("note", "x"))
            .withFinalizers(List.of("gateway.elbgateway.io/finalizer"))
            .build();

    ObjectMeta meta = MetadataConverter.toModel(source);

    assertThat(meta.name()).isEqualTo("my-web");
    assertThat(meta.namespace()).contains("my-web");
    assertThat(meta.uid()).contains("0f1e2d3c");
    assertThat(meta.generation()).contains(4L);
    assertThat(meta.creationTimestamp()).contains(Instant.parse("2026-11-01T10:00:00Z"));
    assertThat(meta.deletionTimestamp()).isEmpty();
    assertThat(meta.resourceVersion()).contains("123");
    assertThat(meta.labels()).containsEntry("app", "my-web");
    assertThat(meta.annotations()).containsEntry("note", "x");
    assertThat(meta.finalizers()).containsExactly("gateway.elbgateway.io/finalizer");
  }

  @Test
  void clusterScopedAndSparseMetadataHasNoNamespaceAndNoNulls() {
    ObjectMeta meta = MetadataConverter.toModel(new ObjectMetaBuilder().withName("aws-alb-gateway-class").build());
    assertThat(meta.namespace()).isEmpty();
    assertThat(meta.labels()).isEmpty();
    assertThat(meta.generation()).isEmpty();
  }

  @Test
  void anUnparseableTimestampIsDroppedNotThrown() {
    ObjectMeta meta =
        MetadataConverter.toModel(new ObjectMetaBuilder().withName("x").withCreationTimestamp("yesterday").build());
    assertThat(meta.creationTimestamp()).isEmpty();
  }
}
