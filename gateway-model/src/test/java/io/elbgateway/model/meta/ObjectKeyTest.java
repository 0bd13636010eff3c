package io.elbgateway.model.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectKeyTest {

  @Test
  void displaysNamespacedAndClusterScopedObjects() {
    assertThat(ObjectKey.of("gateway.networking.k8s.io", "HTTPRoute", "my-web", "my-web").display())
        .isEqualTo("HTTPRoute my-web/my-web");
    assertThat(ObjectKey.of("gateway.networking.k8s.io", "GatewayClass", "", "alb").display())
        .isEqualTo("GatewayClass alb");
  }

  @Test
  void sortsByGroupKindNamespaceName() {
    ObjectKey a = ObjectKey.of("", "Service", "a", "z");
    ObjectKey b = ObjectKey.of("", "Service", "b", "a");
    ObjectKey c = ObjectKey.of("gateway.networking.k8s.io", "Gateway", "a", "a");
    List<ObjectKey> keys = new ArrayList<>(List.of(c, b, a));
    Collections.sort(keys);
    assertThat(keys).containsExactly(a, b, c);
  }
}
