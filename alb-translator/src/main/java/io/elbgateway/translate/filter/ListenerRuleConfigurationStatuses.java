/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import io.elbgateway.model.aws.ListenerRuleConfiguration;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.status.StatusCollector;
import java.util.List;

/**
 * The {@code status.accepted/message} of every ListenerRuleConfiguration in a snapshot, whether or
 * not a route uses it yet, so that a configuration with a missing OIDC Secret says so before a rule
 * fails on it. A use that finds a configuration unusable later in the same translation keeps its
 * own message ({@link StatusCollector#listenerRuleConfiguration}).
 */
public final class ListenerRuleConfigurationStatuses {

  private ListenerRuleConfigurationStatuses() {}

  /** Records the status of every ListenerRuleConfiguration of {@code snapshot}. */
  public static void report(ClusterSnapshot snapshot, StatusCollector statuses) {
    for (ListenerRuleConfiguration lrc : snapshot.all(ListenerRuleConfiguration.class)) {
      List<String> problems = ListenerRuleConfigurationHandler.problems(lrc, snapshot);
      statuses.listenerRuleConfiguration(lrc, problems.isEmpty(), String.join("; ", problems));
    }
  }
}
