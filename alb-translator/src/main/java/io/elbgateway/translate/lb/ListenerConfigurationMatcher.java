/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.aws.ListenerConfiguration;
import io.elbgateway.model.aws.ProtocolPort;
import io.elbgateway.model.elb.Protocol;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the {@code listenerConfigurations} entry of an ELB listener by {@code protocolPort}.
 *
 * <p>{@code protocolPort} is compared ignoring case. The CRD's pattern lets either half be left
 * out, and an entry applies to every listener its given halves match. When several entries apply,
 * the most specific one is used whole (entries are not combined): {@code PROTOCOL:PORT}, then
 * {@code :PORT}, then {@code PROTOCOL:}, then {@code :}. (The reference controller compares the
 * whole text, so there a partial entry never applies.) Among entries with the same text the first
 * wins; the repeats are {@link #duplicates()}. Entries whose text does not match the pattern apply to
 * nothing and are {@link #unparsable()}.
 */
final class ListenerConfigurationMatcher {

  private final Map<String, ParsedEntry> entries = new LinkedHashMap<>();
  private final List<ListenerConfiguration> unparsable = new ArrayList<>();
  private final List<ListenerConfiguration> duplicates = new ArrayList<>();
  private final Map<ListenerConfiguration, Boolean> used = new IdentityHashMap<>();

  private static final class ParsedEntry {
    final ListenerConfiguration configuration;
    final ProtocolPort protocolPort;

    ParsedEntry(ListenerConfiguration configuration, ProtocolPort protocolPort) {
      this.configuration = configuration;
      this.protocolPort = protocolPort;
    }

    int specificity() {
      return (protocolPort.port().isPresent() ? 2 : 0) + (protocolPort.protocol().isPresent() ? 1 : 0);
    }

    boolean applies(Protocol protocol, int port) {
      return protocolPort.protocol().map(p -> p.toString().equals(protocol.toString())).orElse(true)
          && protocolPort.port().map(p -> p == port).orElse(true);
    }
  }

  ListenerConfigurationMatcher(List<ListenerConfiguration> configurations) {
    for (ListenerConfiguration configuration : configurations) {
      String key = LoadBalancerConfigurationMerge.listenerKey(configuration);
      Optional<ProtocolPort> parsed = ProtocolPort.parse(key);
      if (parsed.isEmpty()) {
        unparsable.add(configuration);
      } else if (entries.containsKey(key)) {
        duplicates.add(configuration);
      } else {
        entries.put(key, new ParsedEntry(configuration, parsed.get()));
      }
    }
  }

  /** The entry that applies to a listener, if any; it then counts as used. */
  Optional<ListenerConfiguration> match(Protocol protocol, int port) {
    ParsedEntry best = null;
    for (ParsedEntry entry : entries.values()) {
      if (entry.applies(protocol, port) && (best == null || entry.specificity() > best.specificity())) {
        best = entry;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    used.put(best.configuration, Boolean.TRUE);
    return Optional.of(best.configuration);
  }

  /** Well-formed, first-of-their-text entries that no {@link #match} call returned. */
  List<ListenerConfiguration> unused() {
    List<ListenerConfiguration> unused = new ArrayList<>();
    entries.values().forEach(e -> {
      if (!used.containsKey(e.configuration)) {
        unused.add(e.configuration);
      }
    });
    return unused;
  }

  /** Entries whose {@code protocolPort} does not match the CRD's pattern. */
  List<ListenerConfiguration> unparsable() {
    return unparsable;
  }

  /** Entries with the same {@code protocolPort} as an earlier one. */
  List<ListenerConfiguration> duplicates() {
    return duplicates;
  }
}
