/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/**
 * The embedding example of the README ("Embedding the controller"), compiled and run against the
 * mock API server and the in-memory ELBv2. Keep the two in step.
 */
class EmbeddingExampleTest {

  @Test
  void theReadmeExampleStartsAndStops() {
    try (ControllerHarness harness = new ControllerHarness()) {
      KubernetesClient kubernetes = harness.client; // new KubernetesClientBuilder().build() in the README
      ElasticLoadBalancingV2Client elbv2 = harness.aws.elbv2(); // ElasticLoadBalancingV2Client.create()

      // --- the README's example, as written there ---
      GatewayController controller = GatewayController.builder()
          .kubernetesClient(kubernetes)
          .elbv2(elbv2)
          .clusterName("prod")
          .build();
      controller.start();   // finds the served kinds, lists them, campaigns for the Lease
      // ... the application runs ...
      controller.stop();    // releases the Lease; AWS resources stay as they are
      // --- end of the example ---

      assertThat(controller.kinds()).hasValueSatisfying(k -> assertThat(k.missing()).isEmpty());
      assertThat(controller.isLeader()).isFalse();
    }
  }
}
