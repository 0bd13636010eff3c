/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.validation.GatewayValidatorTest.assertOnly;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.gateway.ImmutableListenerEntry;
import io.elbgateway.model.gateway.ListenerEntry;
import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.model.gateway.ListenerSetParentReference;
import io.elbgateway.model.gateway.ListenerSetSpec;
import io.elbgateway.model.gateway.ListenerTLSConfig;
import io.elbgateway.model.meta.SecretObjectReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenerSetValidatorTest {

  private static final ListenerSet X = read("gateway/xlistenerset.yaml", ListenerSet.class);
  private static final ListenerSet V1 = read("gateway/listenerset-v1.yaml", ListenerSet.class);

  private static List<Violation> validate(ListenerSet set) {
    Checks checks = Checks.forObject(set.key());
    new ListenerSetValidator().validate(set, checks);
    return checks.violations();
  }

  private static ListenerSet withListeners(ListenerSet base, ListenerEntry... entries) {
    return ListenerSet.builder()
        .from(base)
        .spec(ListenerSetSpec.builder().from(base.spec()).listeners(List.of(entries)).build())
        .build();
  }

  private static ImmutableListenerEntry.Builder entry(String name, String protocol) {
    return ListenerEntry.builder().name(name).protocol(protocol);
  }

  @Test
  void realisticListenerSetsAreValid() {
    assertThat(validate(X)).isEmpty();
    assertThat(validate(V1)).isEmpty();
  }

  @Test
  void needsAtLeastOneListener() {
    assertOnly(validate(withListeners(V1)), ".spec.listeners", "at least 1 item");
  }

  @Test
  void anXListenerSetEntryMayLeaveThePortToTheImplementation() {
    assertThat(validate(withListeners(X, entry("a", "HTTP").build()))).isEmpty();
  }

  @Test
  void aStandardListenerSetEntryNeedsAPort() {
    assertOnly(validate(withListeners(V1, entry("a", "HTTP").build())), ".spec.listeners[0].port", "between 1 and 65535");
  }

  @Test
  void entryNamesAreUnique() {
    assertOnly(
        validate(withListeners(V1, entry("a", "HTTP").port(80).build(), entry("a", "HTTP").port(81).build())),
        ".spec.listeners[1]",
        "duplicate listener name a");
  }

  @Test
  void theStandardListenerSetComparesProtocolsWithoutRegardToCase() {
    ListenerEntry upper = entry("a", "HTTP").port(80).build();
    ListenerEntry lower = entry("b", "http").port(80).build();
    assertOnly(validate(withListeners(V1, upper, lower)), ".spec.listeners[1]", "duplicate port/protocol/hostname");
    assertThat(validate(withListeners(X, upper, lower))).isEmpty();
  }

  @Test
  void tlsIsForbiddenForHttpEntries() {
    ListenerTLSConfig tls = ListenerTLSConfig.builder()
        .addCertificateRef(SecretObjectReference.builder().name("c").build()).build();
    assertOnly(
        validate(withListeners(V1, entry("a", "HTTP").port(80).tls(tls).build())),
        ".spec.listeners[0].tls",
        "tls must not be specified");
  }

  @Test
  void parentRefNameIsAnObjectName() {
    ListenerSet bad = ListenerSet.builder()
        .from(V1)
        .spec(ListenerSetSpec.builder().from(V1.spec())
            .parentRef(ListenerSetParentReference.builder().name("Shared_GW").build()).build())
        .build();
    assertOnly(validate(bad), ".spec.parentRef.name", "object name");
  }
}
