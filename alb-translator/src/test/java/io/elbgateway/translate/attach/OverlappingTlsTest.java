package io.elbgateway.translate.attach;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.model.status.ListenerStatus;
import io.elbgateway.translate.Translator;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OverlappingTlsTest {

  private static Map<String, ListenerStatus> listeners(String listenersYaml) {
    String yaml =
        "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: alb}\n"
            + "spec: {controllerName: gateway.k8s.aws/alb}\n---\n"
            + "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw, namespace: infra}\n"
            + "spec:\n  gatewayClassName: alb\n  listeners:\n" + listenersYaml;
    ClusterSnapshot snapshot =
        ClusterSnapshot.of(ManifestReader.of(KindRegistry.standard()).readString(yaml, "t.yaml").objects());
    return Translator.withDefaults().translate(snapshot)
        .gatewayStatuses()
        .get(ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "gw"))
        .listeners().stream()
        .collect(Collectors.toMap(ListenerStatus::name, l -> l));
  }

  private static boolean overlapping(ListenerStatus listener) {
    return listener.conditions().stream()
        .anyMatch(c -> c.type().equals("OverlappingTLSConfig") && c.status().toString().equals("True")
            && c.reason().equals("OverlappingHostnames"));
  }

  private static final String TLS = ", tls: {options: {example.com/cert: acm}}}\n";

  @Test
  void httpsListenersWhoseHostnamesOverlapOnOnePortAreMarkedBothWays() {
    Map<String, ListenerStatus> listeners =
        listeners(
            "  - {name: foo, protocol: HTTPS, port: 443, hostname: foo.example.com" + TLS
                + "  - {name: wild, protocol: HTTPS, port: 443, hostname: '*.example.com'" + TLS
                + "  - {name: other, protocol: HTTPS, port: 443, hostname: shop.example.net" + TLS
                + "  - {name: elsewhere, protocol: HTTPS, port: 8443, hostname: foo.example.com" + TLS
                + "  - {name: plain, protocol: HTTP, port: 80, hostname: foo.example.com}\n"
                + "  - {name: plain-wild, protocol: HTTP, port: 80, hostname: '*.example.com'}\n");
    assertThat(overlapping(listeners.get("foo"))).isTrue();
    assertThat(overlapping(listeners.get("wild"))).isTrue();
    assertThat(overlapping(listeners.get("other"))).isFalse();
    assertThat(overlapping(listeners.get("elsewhere"))).as("another port").isFalse();
    assertThat(overlapping(listeners.get("plain"))).as("HTTP has no TLS").isFalse();
    assertThat(listeners.get("foo").conditions()).noneMatch(c -> c.type().equals("OverlappingTLSConfig") && c.status().toString().equals("False"));
  }

  @Test
  void aListenerWithoutHostnameOverlapsEveryOtherOnItsPort() {
    Map<String, ListenerStatus> listeners =
        listeners(
            "  - {name: any, protocol: HTTPS, port: 443" + TLS
                + "  - {name: shop, protocol: HTTPS, port: 443, hostname: shop.example.com" + TLS);
    assertThat(overlapping(listeners.get("any"))).isTrue();
    assertThat(overlapping(listeners.get("shop"))).isTrue();
  }
}
