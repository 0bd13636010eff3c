package io.elbgateway.model.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.aws.LoadBalancerConfiguration;
import io.elbgateway.model.aws.TargetGroupConfiguration;
import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.core.EndpointSlice;
import io.elbgateway.model.core.Namespace;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ObjectMeta;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClusterSnapshotTest {

  private static final ObjectKey GATEWAY =
      ObjectKey.of("gateway.networking.k8s.io", "Gateway", "kube-system", "aws-alb-gateway");

  private static List<KubernetesObject> read(String text) {
    return ManifestReader.of(KindRegistry.standard()).readString(text, "t.yaml").objects();
  }

  private static final List<KubernetesObject> SEED =
      ManifestReader.of(KindRegistry.standard()).read(Path.of("../examples/seed")).objects();

  private final ClusterSnapshot seed = ClusterSnapshot.of(SEED);

  @Test
  void findsObjectsByTypeNamespaceAndName() {
    assertThat(seed.size()).isEqualTo(10);
    assertThat(seed.get(Gateway.class, "kube-system", "aws-alb-gateway")).isPresent();
    assertThat(seed.get(Gateway.class, "my-web", "aws-alb-gateway")).isEmpty();
    assertThat(seed.get(LoadBalancerConfiguration.class, "kube-system", "alb-config")).isPresent();
    assertThat(seed.gatewayClass("aws-alb-gateway-class")).isPresent();
    assertThat(seed.all(HTTPRoute.class)).extracting(r -> r.metadata().name()).containsExactly("my-web");
    assertThat(seed.get(GATEWAY)).containsInstanceOf(Gateway.class);
  }

  @Test
  void indexesRoutesByTheParentsTheyName() {
    assertThat(seed.routesFor(GATEWAY)).extracting(Route::kind).containsExactly("HTTPRoute");
    assertThat(seed.routes()).hasSize(1);
    assertThat(seed.routesFor(ObjectKey.of("gateway.networking.k8s.io", "Gateway", "kube-system", "other"))).isEmpty();
  }

  @Test
  void aRouteNamingTheSameGatewayTwiceIsListedOnce() {
    // The seed route names the Gateway twice (sectionName http and https).
    assertThat(seed.routesFor(GATEWAY)).hasSize(1);
  }

  @Test
  void indexesEndpointSlicesGrantsGatewaysAndTargetGroupConfigurations() {
    assertThat(seed.endpointSlicesFor("my-web", "my-web")).extracting(EndpointSlice::kind).containsExactly("EndpointSlice");
    assertThat(seed.endpointSlicesFor("other", "my-web")).isEmpty();
    assertThat(seed.gatewaysOfClass("aws-alb-gateway-class")).extracting(g -> g.metadata().name()).containsExactly("aws-alb-gateway");
    assertThat(seed.targetGroupConfigurationsFor(ClusterSnapshot.serviceKey("my-web", "my-web")))
        .extracting(TargetGroupConfiguration::kind)
        .containsExactly("TargetGroupConfiguration");
    assertThat(seed.referenceGrantsIn("my-web")).isEmpty();
  }

  @Test
  void namespaceLabelsAlwaysCarryTheMetadataNameLabel() {
    List<KubernetesObject> objects = read("apiVersion: v1\nkind: Namespace\nmetadata: {name: team-a, labels: {team: a}}\n");
    ClusterSnapshot snapshot = ClusterSnapshot.of(objects);
    assertThat(snapshot.namespaceLabels("team-a"))
        .containsEntry("team", "a")
        .containsEntry("kubernetes.io/metadata.name", "team-a");
    assertThat(snapshot.namespaceLabels("missing")).isEmpty();
    assertThat(snapshot.namespace("team-a")).map(Namespace::kind).contains("Namespace");
  }

  @Test
  void grantsAndListenerSetsAreIndexed() {
    List<KubernetesObject> objects =
        read(
            "apiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\n"
                + "metadata: {name: g, namespace: backends}\n"
                + "spec:\n  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: web}]\n"
                + "  to: [{group: '', kind: Service}]\n"
                + "---\n"
                + "apiVersion: gateway.networking.x-k8s.io/v1alpha1\nkind: XListenerSet\n"
                + "metadata: {name: extra, namespace: web}\n"
                + "spec:\n  parentRef: {name: gw, namespace: infra}\n"
                + "  listeners: [{name: h, protocol: HTTP, port: 8080}]\n");
    ClusterSnapshot snapshot = ClusterSnapshot.of(objects);
    assertThat(snapshot.referenceGrantsIn("backends")).hasSize(1);
    assertThat(snapshot.listenerSetsFor(ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "gw"))).hasSize(1);
  }

  @Test
  void inputOrderNeverChangesTheSnapshot() {
    List<KubernetesObject> shuffled = new ArrayList<>(SEED);
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(shuffled, random);
      ClusterSnapshot again = ClusterSnapshot.of(shuffled);
      assertThat(again).isEqualTo(seed);
      assertThat(List.copyOf(again.objects())).isEqualTo(List.copyOf(seed.objects()));
    }
  }

  @Test
  void theLaterOfTwoObjectsWithOneKeyWins() {
    Namespace first = (Namespace) read("apiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: {v: '1'}}\n").get(0);
    Namespace second = (Namespace) read("apiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: {v: '2'}}\n").get(0);
    ClusterSnapshot snapshot = ClusterSnapshot.of(List.of(first, second));
    assertThat(snapshot.size()).isEqualTo(1);
    assertThat(snapshot.namespace("a").orElseThrow().metadata().labels()).containsEntry("v", "2");
  }

  @Test
  void buildersAddAndRemove() {
    ClusterSnapshot smaller = seed.toBuilder().remove(GATEWAY).build();
    assertThat(smaller.size()).isEqualTo(9);
    assertThat(smaller.gatewaysOfClass("aws-alb-gateway-class")).isEmpty();
    assertThat(smaller.toBuilder().addAll(SEED).build()).isEqualTo(seed);
    assertThat(ClusterSnapshot.empty().size()).isZero();
    assertThat(ClusterSnapshot.empty().all(Gateway.class)).isEmpty();
  }

  @Test
  void knownKindsMapEveryObjectToItsModelType() {
    for (KubernetesObject object : SEED) {
      assertThat(KnownKinds.typeOf(object)).as(object.key().display()).isPresent();
      assertThat(KnownKinds.typeOf(object).get()).isAssignableFrom(object.getClass());
    }
    assertThat(KnownKinds.descriptorsOf(io.elbgateway.model.gateway.ListenerSet.class)).hasSize(2);
    assertThat(ObjectMeta.of("a", "b").namespace()).contains("a");
  }
}
