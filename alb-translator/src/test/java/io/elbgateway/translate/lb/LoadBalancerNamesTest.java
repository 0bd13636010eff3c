package io.elbgateway.translate.lb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadBalancerNamesTest {

  @Test
  void derivedNameIsReadableAndStable() {
    String name = LoadBalancerNames.derive("prod", "kube-system", "aws-alb-gateway", "", "internet-facing");
    assertThat(name).startsWith("k8s-kubesyst-awsalbga-").hasSize(32);
    assertThat(LoadBalancerNames.derive("prod", "kube-system", "aws-alb-gateway", "", "internet-facing"))
        .isEqualTo(name);
  }

  @Test
  void everyIdentifyingInputChangesTheName() {
    String base = LoadBalancerNames.derive("c", "ns", "gw", "uid-1", "internal");
    assertThat(LoadBalancerNames.derive("c2", "ns", "gw", "uid-1", "internal")).isNotEqualTo(base);
    assertThat(LoadBalancerNames.derive("c", "ns2", "gw", "uid-1", "internal")).isNotEqualTo(base);
    assertThat(LoadBalancerNames.derive("c", "ns", "gw2", "uid-1", "internal")).isNotEqualTo(base);
    assertThat(LoadBalancerNames.derive("c", "ns", "gw", "uid-2", "internal")).isNotEqualTo(base);
    assertThat(LoadBalancerNames.derive("c", "ns", "gw", "uid-1", "internet-facing")).isNotEqualTo(base);
  }

  @Test
  void partsThatConcatenateAlikeStillDiffer() {
    assertThat(LoadBalancerNames.derive("c", "ab", "c", "", "internal"))
        .isNotEqualTo(LoadBalancerNames.derive("c", "a", "bc", "", "internal"));
  }

  @Test
  void randomInputsAlwaysGiveValidDistinctNames() {
    Random random = new Random(20261126L);
    Set<String> names = new HashSet<>();
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-.";
    for (int i = 0; i < 2000; i++) {
      String namespace = randomString(random, alphabet, 1 + random.nextInt(63));
      String name = randomString(random, alphabet, 1 + random.nextInt(253));
      String derived = LoadBalancerNames.derive("cluster", namespace, name, "uid-" + i, "internal");
      assertThat(LoadBalancerNames.isValid(derived)).as(derived).isTrue();
      assertThat(names.add(derived)).as("collision on %s", derived).isTrue();
    }
  }

  @Test
  void isValidFollowsElbRules() {
    assertThat(LoadBalancerNames.isValid("my-alb")).isTrue();
    assertThat(LoadBalancerNames.isValid("")).isFalse();
    assertThat(LoadBalancerNames.isValid("-alb")).isFalse();
    assertThat(LoadBalancerNames.isValid("alb-")).isFalse();
    assertThat(LoadBalancerNames.isValid("internal-alb")).isFalse();
    assertThat(LoadBalancerNames.isValid("my_alb")).isFalse();
    assertThat(LoadBalancerNames.isValid("a".repeat(33))).isFalse();
    assertThat(LoadBalancerNames.isValid("a".repeat(32))).isTrue();
  }

  private static String randomString(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
