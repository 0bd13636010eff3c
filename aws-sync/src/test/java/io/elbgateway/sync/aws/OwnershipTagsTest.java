package io.elbgateway.sync.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elbgateway.model.meta.ObjectKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnershipTagsTest {

  private static final ObjectKey GATEWAY =
      ObjectKey.of("gateway.networking.k8s.io", "Gateway", "kube-system", "aws-alb-gateway");
  private static final ObjectKey OTHER_GATEWAY =
      ObjectKey.of("gateway.networking.k8s.io", "Gateway", "kube-system", "other");

  private final OwnershipTags tags = OwnershipTags.forCluster("prod");

  @Test
  void createdResourcesCarryAllThreeTags() {
    Map<String, String> created = tags.forResource(GATEWAY, "kube-system/aws-alb-gateway/HTTP:80", Map.of("team", "web"));
    assertThat(created)
        .containsEntry(OwnershipTags.CLUSTER, "prod")
        .containsEntry(OwnershipTags.STACK, "kube-system/aws-alb-gateway")
        .containsEntry(OwnershipTags.RESOURCE, "kube-system/aws-alb-gateway/HTTP:80")
        .containsEntry("team", "web");
    assertThat(tags.ownedBy(created, GATEWAY)).isTrue();
  }

  @Test
  void userTagsCannotForgeOwnership() {
    Map<String, String> created =
        tags.forResource(GATEWAY, "k", Map.of(OwnershipTags.STACK, "kube-system/other", OwnershipTags.CLUSTER, "x"));
    assertThat(tags.ownedBy(created, GATEWAY)).isTrue();
    assertThat(tags.ownedBy(created, OTHER_GATEWAY)).isFalse();
  }

  @Test
  void resourcesWithoutOurTagsAreNotOwned() {
    assertThat(tags.ownedBy(Map.of(), GATEWAY)).isFalse();
    assertThat(tags.ownedBy(Map.of(OwnershipTags.CLUSTER, "prod"), GATEWAY)).isFalse();
    assertThat(tags.ownedBy(Map.of(OwnershipTags.STACK, "kube-system/aws-alb-gateway"), GATEWAY)).isFalse();
    assertThat(tags.ownedByCluster(Map.of(OwnershipTags.CLUSTER, "prod"))).isFalse();
  }

  @Test
  void anotherClustersResourcesAreNotOwned() {
    Map<String, String> theirs = OwnershipTags.forCluster("staging").forResource(GATEWAY, "k", Map.of());
    assertThat(tags.ownedBy(theirs, GATEWAY)).isFalse();
    assertThat(tags.ownedByCluster(theirs)).isFalse();
  }

  @Test
  void aClusterNameIsRequired() {
    assertThatThrownBy(() -> OwnershipTags.forCluster(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
