/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.net.SocketTimeoutException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The one place every call of every in-memory client goes through: it takes the shared lock (the
 * clients are thread-safe and see one consistent state), records the call in the {@link CallLog},
 * asks the installed {@link Faults} whether this call fails, and runs the call's effect or not as
 * the fault says.
 */
final class CallGate {

  private final Object lock = new Object();
  private final CallLog log = new CallLog();
  private Faults faults = Faults.none();
  private Faults.Running running = faults.start();

  CallLog log() {
    return log;
  }

  void install(Faults newFaults) {
    synchronized (lock) {
      faults = newFaults;
      running = newFaults.start();
    }
  }

  /** Runs {@code effect} under the lock, outside of fault injection and call counting. */
  <T> T quietly(Supplier<T> effect) {
    synchronized (lock) {
      return effect.get();
    }
  }

  /** Serves one call of {@code operation} with {@code request}, subject to the faults. */
  <T> T call(ServiceErrors errors, String operation, SdkPojo request, Supplier<T> effect) {
    synchronized (lock) {
      boolean mutating = CallLog.isMutating(operation);
      Optional<FaultKind> fault = running.next(operation, mutating);
      log.record(
          ImmutableCall.builder()
              .sequence(log.nextSequence())
              .service(errors.serviceName())
              .operation(operation)
              .mutating(mutating)
              .arns(arnsIn(request))
              .fault(fault)
              .build());
      if (fault.isEmpty()) {
        return effect.get();
      }
      switch (fault.get()) {
        case THROTTLE:
          throw errors.throttle();
        case SERVER_ERROR:
          throw errors.serverError();
        case TIMEOUT:
          throw SdkClientException.builder()
              .message("Unable to execute HTTP request: Read timed out")
              .cause(new SocketTimeoutException("Read timed out"))
              .build();
        case LOST_REPLY:
          applyIgnoringReply(effect);
          throw SdkClientException.builder()
              .message("Unable to execute HTTP request: Connection reset")
              .cause(new java.net.SocketException("Connection reset"))
              .build();
        case CRASH_BEFORE_EFFECT:
          throw new SimulatedCrash(operation, false);
        case CRASH_AFTER_EFFECT:
          applyIgnoringReply(effect);
          throw new SimulatedCrash(operation, true);
        default:
          throw new IllegalStateException("unknown fault " + fault.get());
      }
    }
  }

  /**
   * Applies the call whose reply is lost. If the service answered with an error, the call had no
   * effect and the error is lost with the reply.
   */
  private static void applyIgnoringReply(Supplier<?> effect) {
    try {
      effect.get();
    } catch (RuntimeException lost) {
      // Lost with the reply: the caller only sees the connection fail.
    }
  }

  /** Every ARN a request names: any string field, at any depth, that starts with "arn:". */
  static List<String> arnsIn(SdkPojo request) {
    Set<String> arns = new LinkedHashSet<>();
    collect(request, arns);
    return List.copyOf(arns);
  }

  private static void collect(Object value, Set<String> arns) {
    if (value instanceof String) {
      if (((String) value).startsWith("arn:")) {
        arns.add((String) value);
      }
    } else if (value instanceof SdkPojo) {
      for (SdkField<?> field : ((SdkPojo) value).sdkFields()) {
        collect(field.getValueOrDefault(value), arns);
      }
    } else if (value instanceof List) {
      ((List<?>) value).forEach(v -> collect(v, arns));
    } else if (value instanceof Map) {
      ((Map<?, ?>) value).values().forEach(v -> collect(v, arns));
    }
  }
}
