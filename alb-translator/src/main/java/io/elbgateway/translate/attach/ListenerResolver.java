/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.ListenerEntry;
import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.status.ListenerSetRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Resolves a Gateway's listeners: its own (in spec order), then the entries of the ListenerSets it
 * allows (oldest ListenerSet first), each checked on its own ({@link ListenerChecks}) and against
 * the others ({@link ListenerConflicts}), then against the ALB's listener quota
 * ({@link ListenerQuota}). The Gateway's own listeners get their status
 * ({@code Accepted}, {@code ResolvedRefs}, {@code Conflicted}, {@code supportedKinds}) recorded
 * here; {@code attachedRoutes} is counted by {@link RouteAttacher}.
 *
 * <p>ListenerSet entries are checked the same way and take part in conflicts. Their statuses go to
 * their ListenerSet's status, never into the Gateway's listener statuses, whose names they could
 * shadow. A ListenerSet the Gateway does not allow gets {@code Accepted=False/NotAllowed}, and the
 * Gateway counts the sets it took ({@code attachedListenerSets}, {@code AttachedListenerSets}).
 */
public final class ListenerResolver {
  private ListenerResolver() {}

  /** The Gateway's listeners, then its ListenerSets' entries, each validated; statuses recorded. */
  public static List<ResolvedListener> resolve(GatewayContext context) {
    List<ListenerDraft> drafts = drafts(context, admit(context));
    drafts.forEach(d -> ListenerChecks.check(context, d));
    ListenerConflicts.mark(drafts);
    ListenerQuota.apply(drafts, context.options().quotas().listenersPerLoadBalancer());
    OverlappingTls.mark(drafts);
    for (ListenerDraft draft : drafts) {
      if (draft.fromGateway()) {
        draft.record(context.gatewayStatus().listener(draft.name()));
      } else {
        draft.record(context.statuses().listenerSet(draft.owner().key()).listener(draft.name()).port(draft.port()));
      }
    }
    return drafts.stream().map(ListenerDraft::resolve).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The ListenerSets whose listeners the Gateway takes, in precedence order; the others are told
   * why not, and the Gateway counts both.
   */
  private static List<ListenerSet> admit(GatewayContext context) {
    List<ListenerSet> candidates = ListenerSetAdmission.candidates(context);
    List<ListenerSet> admitted = new ArrayList<>();
    for (ListenerSet set : candidates) {
      ListenerSetRecorder recorder = context.statuses().listenerSet(set);
      ListenerSetAdmission.refusal(context, set).ifPresentOrElse(recorder::notAllowed, () -> admitted.add(set));
    }
    if (!candidates.isEmpty()) {
      context.gatewayStatus().listenerSets(admitted.size(), candidates.size());
    }
    return admitted;
  }

  private static List<ListenerDraft> drafts(GatewayContext context, List<ListenerSet> admitted) {
    Gateway gateway = context.gateway();
    List<ListenerDraft> drafts = new ArrayList<>();
    List<Listener> own = gateway.spec().listeners();
    for (int i = 0; i < own.size(); i++) {
      drafts.add(new ListenerDraft(gateway, true, i, own.get(i)));
    }
    for (ListenerSet set : admitted) {
      List<ListenerEntry> entries = set.spec().listeners();
      for (int i = 0; i < entries.size(); i++) {
        drafts.add(new ListenerDraft(set, false, i, entries.get(i)));
      }
    }
    return drafts;
  }
}
