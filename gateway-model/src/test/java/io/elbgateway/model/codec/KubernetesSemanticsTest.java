package io.elbgateway.model.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.core.Namespace;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.meta.KubernetesObject;
import org.junit.jupiter.api.Test;

/** The reader reads manifests as the API server and kubectl would. */
class KubernetesSemanticsTest {

  private final ManifestReader reader = ManifestReader.of(KindRegistry.standard());

  @Test
  void namespacedObjectsWithoutNamespaceGoToTheDefaultNamespace() {
    LoadResult result =
        reader.readString(
            "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec: {}\n"
                + "---\napiVersion: v1\nkind: Namespace\nmetadata: {name: team}\n",
            "r.yaml");

    assertThat(result.problems()).isEmpty();
    KubernetesObject route = result.objects().get(0);
    assertThat(route).isInstanceOf(HTTPRoute.class);
    assertThat(route.metadata().namespace()).contains("default");
    assertThat(result.objects().get(1)).isInstanceOf(Namespace.class);
    assertThat(result.objects().get(1).metadata().namespace()).isEmpty();
  }

  @Test
  void theDefaultNamespaceCanBeChosenLikeKubectlDashN() {
    ManifestReader inTeam = ManifestReader.builder().registry(KindRegistry.standard()).defaultNamespace("team").build();
    LoadResult result =
        inTeam.readString("apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec: {}\n", "r.yaml");
    assertThat(result.objects().get(0).metadata().namespace()).contains("team");
  }

  @Test
  void aNumberOrBooleanWhereTheSchemaWantsAStringIsAnError() {
    LoadResult result =
        reader.readString(
            "apiVersion: gateway.k8s.aws/v1\nkind: LoadBalancerConfiguration\n"
                + "metadata: {name: c, namespace: n}\n"
                + "spec:\n  loadBalancerAttributes:\n    - key: idle_timeout.timeout_seconds\n      value: 60\n",
            "c.yaml");

    assertThat(result.objects()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::render)
        .singleElement()
        .asString()
        .startsWith("c.yaml:7: LoadBalancerConfiguration n/c .spec.loadBalancerAttributes[0].value:");
  }

  @Test
  void quotedNumbersStayStringsThroughAWriteAndARead() {
    LoadResult result =
        reader.readString(
            "apiVersion: v1\nkind: Namespace\nmetadata: {name: n, labels: {version: \"1\", enabled: \"true\"}}\n", "n.yaml");
    LoadResult again = reader.readString(ManifestWriter.yaml(result.objects()), "again.yaml");
    assertThat(again.problems()).isEmpty();
    assertThat(again.objects()).isEqualTo(result.objects());
  }
}
