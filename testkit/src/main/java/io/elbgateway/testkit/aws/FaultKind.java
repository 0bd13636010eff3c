/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

/**
 * What an injected fault does to one call of an in-memory AWS client. Every kind is recorded in
 * the {@link CallLog} as an attempt of the operation.
 */
public enum FaultKind {
  /**
   * The service's exception with error code {@code ThrottlingException}, HTTP 400, message "Rate
   * exceeded" (alb-elbv2.md §8.4); the call has no effect.
   */
  THROTTLE,
  /** The service's exception with error code {@code InternalFailure}, HTTP 500; no effect. */
  SERVER_ERROR,
  /**
   * An {@code SdkClientException} caused by a {@code java.net.SocketTimeoutException}: the request
   * never reached the service, so the call has no effect.
   */
  TIMEOUT,
  /**
   * The call takes effect, then the reply is lost: an {@code SdkClientException} "connection
   * reset" is thrown. A create that the caller retries must find what it made.
   */
  LOST_REPLY,
  /**
   * The process dies before the call reaches the service: {@link SimulatedCrash} is thrown and the
   * call has no effect.
   */
  CRASH_BEFORE_EFFECT,
  /**
   * The process dies after the call took effect, before the caller saw the reply: the call takes
   * effect, then {@link SimulatedCrash} is thrown.
   */
  CRASH_AFTER_EFFECT
}
