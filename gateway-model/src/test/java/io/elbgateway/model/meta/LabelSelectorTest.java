package io.elbgateway.model.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.ModelMappers;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {

  private static LabelSelector read(String yaml) {
    return ModelMappers.yaml().readValue(yaml, LabelSelector.class);
  }

  @Test
  void emptySelectorMatchesEverything() {
    assertThat(read("{}").matches(Map.of())).isTrue();
  }

  @Test
  void matchLabelsAreAnded() {
    LabelSelector selector = read("matchLabels: {kubernetes.io/metadata.name: my-web, team: web}");
    assertThat(selector.matches(Map.of("kubernetes.io/metadata.name", "my-web", "team", "web", "x", "y"))).isTrue();
    assertThat(selector.matches(Map.of("kubernetes.io/metadata.name", "my-web"))).isFalse();
  }

  @Test
  void everyOperatorHasKubernetesSemantics() {
    LabelSelector selector =
        read(
            "matchExpressions:\n"
                + "- {key: env, operator: In, values: [prod, staging]}\n"
                + "- {key: tier, operator: NotIn, values: [internal]}\n"
                + "- {key: team, operator: Exists}\n"
                + "- {key: legacy, operator: DoesNotExist}\n");
    assertThat(selector.matches(Map.of("env", "prod", "team", "a"))).isTrue();
    assertThat(selector.matches(Map.of("env", "dev", "team", "a"))).isFalse();
    assertThat(selector.matches(Map.of("env", "prod", "team", "a", "tier", "internal"))).isFalse();
    assertThat(selector.matches(Map.of("env", "prod"))).isFalse();
    assertThat(selector.matches(Map.of("env", "prod", "team", "a", "legacy", "1"))).isFalse();
  }

  @Test
  void roundTripsThroughYaml() {
    LabelSelector selector = read("matchLabels: {a: b}\nmatchExpressions:\n- {key: c, operator: NotIn, values: [d]}\n");
    assertThat(read(ModelMappers.yaml().writeValueAsString(selector))).isEqualTo(selector);
  }
}
