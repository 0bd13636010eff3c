/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Request;

/**
 * A scripted delegate: every operation records the request object it receives and answers with the
 * next queued reply (a response, or an exception to throw). With nothing queued it throws {@link
 * UnsupportedOperationException}, as the client interface's default methods do.
 */
final class FakeElbv2 implements InvocationHandler {

  private final Deque<Object> replies = new ArrayDeque<>();
  private final List<Object> received = new ArrayList<>();
  private final ElasticLoadBalancingV2Client client = (ElasticLoadBalancingV2Client) Proxy.newProxyInstance(
      ElasticLoadBalancingV2Client.class.getClassLoader(),
      new Class<?>[] {ElasticLoadBalancingV2Client.class},
      this);

  /** The delegate to hand to the server. */
  ElasticLoadBalancingV2Client client() {
    return client;
  }

  /** Queues replies: each a response object or an exception the next call throws. */
  FakeElbv2 reply(Object... next) {
    replies.addAll(List.of(next));
    return this;
  }

  /** The request objects received, in order. */
  List<Object> received() {
    return List.copyOf(received);
  }

  @Override
  public synchronized Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "serviceName":
        return ElasticLoadBalancingV2Client.SERVICE_NAME;
      case "close":
        return null;
      case "toString":
        return "FakeElbv2";
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      default:
        break;
    }
    if (args == null || args.length != 1 || !(args[0] instanceof ElasticLoadBalancingV2Request)) {
      throw new UnsupportedOperationException(method.getName());
    }
    received.add(args[0]);
    Object reply = replies.poll();
    if (reply == null) {
      throw new UnsupportedOperationException(method.getName());
    }
    if (reply instanceof Throwable) {
      throw (Throwable) reply;
    }
    return reply;
  }
}
