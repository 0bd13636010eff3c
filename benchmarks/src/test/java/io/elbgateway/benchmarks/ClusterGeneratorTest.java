package io.elbgateway.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import org.junit.jupiter.api.Test;

class ClusterGeneratorTest {

  @Test
  void generatedClustersLoadWithoutProblemsAndHaveTheAskedShape() {
    LoadResult loaded =
        ManifestReader.of(KindRegistry.standard()).readString(ClusterGenerator.generate(100, 10, 1), "g.yaml");
    assertThat(loaded.problems()).isEmpty();
    ClusterSnapshot snapshot = ClusterSnapshot.of(loaded.objects());
    assertThat(snapshot.all(Gateway.class)).hasSize(10);
    assertThat(snapshot.all(HTTPRoute.class)).hasSize(100).allSatisfy(r -> assertThat(r.spec().rules()).hasSize(5));
  }

  @Test
  void theSameArgumentsGiveTheSameText() {
    assertThat(ClusterGenerator.generate(50, 10, 7)).isEqualTo(ClusterGenerator.generate(50, 10, 7));
    assertThat(ClusterGenerator.generate(50, 10, 7)).isNotEqualTo(ClusterGenerator.generate(50, 10, 8));
  }

  @Test
  void gatewayCountsStayBetweenTenAndFiveHundred() {
    assertThat(ClusterGenerator.gatewaysFor(100)).isEqualTo(10);
    assertThat(ClusterGenerator.gatewaysFor(1000)).isEqualTo(50);
    assertThat(ClusterGenerator.gatewaysFor(10000)).isEqualTo(500);
  }
}
