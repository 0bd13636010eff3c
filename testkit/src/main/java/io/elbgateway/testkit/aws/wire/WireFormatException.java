/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

/**
 * A request the server cannot map onto the SDK model: an unknown parameter, a value of the wrong
 * type, a list with a gap. It becomes a 400 {@code ValidationError} reply, as AWS answers a
 * malformed Query request, so a marshalling mismatch fails the test loudly instead of being dropped.
 */
final class WireFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  WireFormatException(String message) {
    super(message);
  }
}
