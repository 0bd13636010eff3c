/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.gateway.ProtocolType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups the usable listeners into one {@link ListenerPort} per port, in port order, each with its
 * listeners (in the Gateway's listener order) and its attachments (by route key, parentRef index,
 * listener order). After conflicts are removed the listeners on a port share one protocol, HTTP or
 * HTTPS. A port without attachments is kept: its ALB listener answers 404.
 */
final class ListenerPorts {

  private ListenerPorts() {}

  static List<ListenerPort> group(List<ResolvedListener> listeners, List<AttachmentDraft> attachments) {
    Map<Integer, List<Integer>> byPort = new TreeMap<>();
    for (int i = 0; i < listeners.size(); i++) {
      if (listeners.get(i).usable()) {
        byPort.computeIfAbsent(listeners.get(i).port(), p -> new ArrayList<>()).add(i);
      }
    }
    Map<Integer, Integer> portOfListener = new HashMap<>();
    byPort.forEach((port, indexes) -> indexes.forEach(i -> portOfListener.put(i, port)));
    List<AttachmentDraft> sorted = new ArrayList<>(attachments);
    sorted.sort(AttachmentDraft.ORDER);
    Map<Integer, List<AttachmentDraft>> attachmentsByPort = new HashMap<>();
    for (AttachmentDraft attachment : sorted) {
      Integer port = portOfListener.get(attachment.listenerIndex());
      if (port != null) {
        attachmentsByPort.computeIfAbsent(port, p -> new ArrayList<>()).add(attachment);
      }
    }
    List<ListenerPort> ports = new ArrayList<>();
    byPort.forEach(
        (port, indexes) -> {
          ResolvedListener first = listeners.get(indexes.get(0));
          Protocol protocol =
              ProtocolType.matches(first.protocol(), ProtocolType.HTTPS) ? Protocol.HTTPS : Protocol.HTTP;
          var builder = ListenerPort.builder().port(port).protocol(protocol);
          indexes.forEach(i -> builder.addListeners(listeners.get(i)));
          attachmentsByPort.getOrDefault(port, List.of()).forEach(a -> builder.addAttachments(a.build()));
          ports.add(builder.build());
        });
    return ports;
  }
}
