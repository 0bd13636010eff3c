/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.observe;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;

/** A listener as AWS has it: its rules (the default rule left out), certificates and tags. */
@Value.Immutable
@ModelStyle
public interface ObservedListener {

  /** The listener as {@code DescribeListeners} returned it. */
  Listener listener();

  /** Its tags. */
  Map<String, String> tags();

  /** Whether its ownership tags name this cluster and stack. */
  boolean owned();

  /** Its rules other than the default rule, owned or not, by priority. */
  List<ObservedRule> rules();

  /** The ARNs of its certificates other than the default one (HTTPS and TLS listeners). */
  List<String> extraCertificateArns();

  /** Its attributes, when they were read (only when the desired listener sets some). */
  Optional<Map<String, String>> attributes();

  /** Its ARN. */
  default String arn() {
    return listener().listenerArn();
  }

  /** Its port. */
  default int port() {
    return listener().port();
  }

  /** A builder. */
  static ImmutableObservedListener.Builder builder() {
    return ImmutableObservedListener.builder();
  }
}
