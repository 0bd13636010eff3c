/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.TestManifests;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ObjectMeta;
import org.junit.jupiter.api.Test;

class NodeTest {

  private final Node node = TestManifests.read("core/node.yaml", Node.class);

  @Test
  void readsNodeFields() {
    assertThat(node.key())
        .isEqualTo(ObjectKey.of("", "Node", "", "ip-192-168-10-5.us-west-2.compute.internal"));
    assertThat(node.metadata().labels()).containsEntry("topology.kubernetes.io/zone", "us-west-2a");
    assertThat(node.spec().providerID()).contains("aws:///us-west-2a/i-0123456789abcdef0");
    assertThat(node.spec().unschedulable()).isTrue();
    NodeStatus status = node.status().orElseThrow();
    assertThat(status.addresses()).hasSize(3);
    assertThat(status.address(NodeAddress.INTERNAL_IP)).contains("192.168.10.5");
    assertThat(status.address(NodeAddress.EXTERNAL_IP)).isEmpty();
  }

  @Test
  void extractsEc2InstanceIdFromProviderId() {
    assertThat(node.ec2InstanceId()).contains("i-0123456789abcdef0");
    assertThat(NodeSpec.ec2InstanceIdOf("aws:///us-east-1c/i-0abc1234")).contains("i-0abc1234");
    assertThat(NodeSpec.ec2InstanceIdOf("aws:///i-0123456789abcdef0"))
        .contains("i-0123456789abcdef0");
  }

  @Test
  void noInstanceIdForOtherProvidersOrFargate() {
    assertThat(NodeSpec.ec2InstanceIdOf("gce://my-project/us-central1-a/node-1")).isEmpty();
    assertThat(NodeSpec.ec2InstanceIdOf("aws:///us-west-2a/fargate-ip-192-168-1-1")).isEmpty();
    assertThat(NodeSpec.ec2InstanceIdOf("kind://docker/kind/kind-control-plane")).isEmpty();
    Node bare = Node.builder().metadata(ObjectMeta.builder().name("n").build()).build();
    assertThat(bare.ec2InstanceId()).isEmpty();
    assertThat(bare.spec().unschedulable()).isFalse();
    assertThat(bare.status()).isEmpty();
  }

  @Test
  void roundTripsThroughYamlAndJson() {
    assertThat(CoreManifests.yamlRoundTrip(node, Node.class)).isEqualTo(node);
    assertThat(CoreManifests.jsonRoundTrip(node, Node.class)).isEqualTo(node);
  }
}
