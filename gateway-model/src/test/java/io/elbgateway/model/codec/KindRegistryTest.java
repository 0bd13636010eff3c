/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elbgateway.model.meta.KindDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

class KindRegistryTest {

  private final KindRegistry registry = TestKinds.REGISTRY;

  @Test
  void findsAKindAtEachServedVersionOnly() {
    assertThat(registry.find("example.io/v1", "Widget")).contains(Widget.KIND);
    assertThat(registry.find("example.io/v1beta1", "Widget")).contains(Widget.KIND);
    assertThat(registry.find("example.io/v2", "Widget")).isEmpty();
    assertThat(registry.find("other.io/v1", "Widget")).isEmpty();
    assertThat(registry.find("example.io/v1", "Sprocket")).isEmpty();
  }

  @Test
  void findsAKindInItsGroupWhateverTheVersion() {
    assertThat(registry.findInGroup("example.io/v2", "Widget")).contains(Widget.KIND);
    assertThat(registry.findInGroup("other.io/v1", "Widget")).isEmpty();
  }

  @Test
  void recognisesTypedListsAndTheGenericList() {
    assertThat(registry.isList("v1", "List")).isTrue();
    assertThat(registry.isGenericList("v1", "List")).isTrue();
    assertThat(registry.isList("example.io/v1", "List")).isFalse();
    assertThat(registry.isList("example.io/v1", "WidgetList")).isTrue();
    assertThat(registry.listedKind("example.io/v1beta1", "WidgetList")).contains(Widget.KIND);
    assertThat(registry.isList("example.io/v2", "WidgetList")).isFalse();
    assertThat(registry.isList("example.io/v1", "SprocketList")).isFalse();
  }

  @Test
  void aKindMayBeRegisteredOncePerGroup() {
    KindDescriptor otherGroup =
        KindDescriptor.builder().from(Widget.KIND).group("other.io").build();

    assertThat(KindRegistry.of(List.of(Widget.KIND, otherGroup)).kinds()).hasSize(2);
    assertThatThrownBy(() -> KindRegistry.of(List.of(Widget.KIND, Widget.KIND)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Widget");
  }
}
